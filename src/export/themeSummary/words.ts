export { formatUkDate, RATING_LABELS } from '../../domain';
