import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { RiskReviewStore } from '../../application/risks';
import { newOperationKey, type OperationKey } from '../../application/operationKey';
import type { RiskReview } from '../../domain';
import { riskReviewFromItem, riskReviewToValues, RISK_REVIEW_EXPAND, RISK_REVIEW_SELECT } from '../mapping/riskReviews';
import type { ProblemSink } from '../mapping/problems';
import { writeDay, type SpItem } from '../mapping/values';
import { RISK_REVIEWS_LIST, RISKS_LIST } from '../schema/planLists';
import { PAGE_SIZE } from '../repositories/planLoader';
import { siteDaysFor } from '../repositories/siteTimeZone';
import { translateError } from '../repositories/spErrors';
import { UserIdCache } from '../repositories/userIds';
import { addOnce } from '../repositories/writeOnce';

const WHO_MAY = 'Only the programme office can record a risk review.';

/** Risk reviews in the Plan Risk Reviews list: read on demand, only ever added. */
export class SpRiskReviewStore implements RiskReviewStore {
  private readonly users: UserIdCache;

  public constructor(
    private readonly sp: SPFI,
    private readonly report: ProblemSink
  ) {
    this.users = new UserIdCache(sp);
  }

  private get list(): IList {
    return this.sp.web.lists.getByTitle(RISK_REVIEWS_LIST);
  }

  private async read(filter?: string): Promise<RiskReview[]> {
    const base = this.list.items.select(...RISK_REVIEW_SELECT).expand(...RISK_REVIEW_EXPAND).top(PAGE_SIZE);
    const query = filter ? base.filter(filter) : base;
    const out: RiskReview[] = [];
    try {
      const days = await siteDaysFor(this.sp);
      for await (const page of query) {
        for (const item of page as SpItem[]) {
          const review = riskReviewFromItem(item, this.report, days);
          if (review) out.push(review);
        }
      }
    } catch (error) {
      throw translateError(error, { doing: 'read the risk reviews', record: 'The risk reviews list' });
    }
    return out;
  }

  /** {@inheritDoc RiskReviewStore.listRiskReviews} */
  public listRiskReviews(): Promise<RiskReview[]> {
    return this.read();
  }

  /** {@inheritDoc RiskReviewStore.listReviewsOfRisk} The Risk lookup is indexed, so this stays an index seek past 5,000 reviews. */
  public listReviewsOfRisk(riskId: string): Promise<RiskReview[]> {
    const id = Number(riskId);
    if (!Number.isInteger(id) || id <= 0) return Promise.reject(new Error(`"${riskId}" is not a risk's id.`));
    return this.read(`RiskId eq ${id}`);
  }

  /** {@inheritDoc RiskReviewStore.addRiskReview} */
  public async addRiskReview(review: Omit<RiskReview, 'id' | 'recordedAt'>, operationKey: OperationKey = newOperationKey()): Promise<RiskReview> {
    await this.users.prepare([review.reviewedBy]);
    try {
      const days = await siteDaysFor(this.sp);
      const created = await addOnce(() => this.list, riskReviewToValues(review, this.users.idOf, days), operationKey);
      // The register's own score follows the latest review; a MERGE with "*" is safe to send again.
      await this.sp.web.lists
        .getByTitle(RISKS_LIST)
        .items.getById(Number(review.riskId))
        .update({ ResidualLikelihood: review.score.likelihood, ResidualImpact: review.score.impact, ReviewedOn: writeDay(review.reviewedOn, days) });
      const recordedAt = typeof created.Created === 'string' ? new Date(created.Created) : new Date();
      return { ...review, id: String(created.Id), recordedAt };
    } catch (error) {
      throw translateError(error, { doing: 'record this risk review', record: 'The risk', whoMay: WHO_MAY });
    }
  }
}

/** The risk review store over a PnPjs root. */
export function createRiskReviewStore(sp: SPFI, report: ProblemSink = (p) => console.warn(`[plan data] ${p.list} item ${p.itemId}, ${p.column}: ${p.message}`)): RiskReviewStore {
  return new SpRiskReviewStore(sp, report);
}
