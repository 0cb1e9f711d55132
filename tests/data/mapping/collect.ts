/** A problem sink that keeps what it is told, for assertions. */
import type { MappingProblem, ProblemSink } from '../../../src/data/mapping';

export function collector(): { sink: ProblemSink; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  return { sink: (p) => problems.push(p), problems };
}

/** An expanded User value as SharePoint returns it with minimal metadata. */
export const user = (name: string, login: string) => ({
  'odata.type': 'SP.Data.UserInfoItem',
  'odata.id': `https://t/_api/Web/SiteUserInfoList/Items(7)`,
  Id: 7,
  Title: name,
  EMail: login,
  Name: `i:0#.f|membership|${login}`
});
