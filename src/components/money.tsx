import { formatMoney } from '@/domain/money';
import { useCurrentOrg } from '@/lib/current-org';

/** An amount in the current organization's currency (or `currency` when given). */
export function Money({ amount, currency, className }: { amount: number | string | null | undefined; currency?: string; className?: string }) {
  const { organization, locale } = useCurrentOrg();
  return <span className={className ? `money ${className}` : 'money'}>{formatMoney(amount, currency ?? organization.currency, locale)}</span>;
}
