set lock_timeout = '5s';
set statement_timeout = '10min';

-- The ledger's CHECKs added NOT VALID in 20261207140000, validated now (a SHARE UPDATE EXCLUSIVE
-- lock: reads and writes go on while the existing rows are checked).
alter table public.emi_payments validate constraint emi_payments_kind_check;
alter table public.emi_payments validate constraint emi_payments_refund_reason_check;
