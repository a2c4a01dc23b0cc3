-- One updated_at trigger function: payments use private.set_updated_at() (080600), which is the
-- same body as private.emi_payments_touch() (080500). Same behaviour, one function to keep.
drop trigger if exists emi_payments_touch on public.emi_payments;
create trigger emi_payments_set_updated_at
  before update on public.emi_payments
  for each row execute function private.set_updated_at();
drop function if exists private.emi_payments_touch();
