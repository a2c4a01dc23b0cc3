// Labels for every stored code, per locale (invariant C3: every value the database accepts has
// a label). Stored values are codes; only these labels are translated. The value sets are generated
// from the database CHECKs (src/domain/generated/status-sets.ts): `Labels<K>` is a Record over every
// value of K in every locale, so a new value without a label (or a stale label) fails the type check.
import type {
  BookingStatus,
  CallAppointmentStatus,
  CallLogStatus,
  CallOutcome,
  ChatSessionStatus,
  CohortBatchStatus,
  CohortStudentStatus,
  InvitationStatus,
  LedgerEntryKind,
  MembershipRole,
  Pillar,
} from './statuses';

export const LOCALES = ['en', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

export function toLocale(value: string | null | undefined): Locale {
  return value === 'pt-BR' ? 'pt-BR' : 'en';
}

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export const CALL_APPOINTMENT_STATUS_LABELS: Labels<CallAppointmentStatus> = {
  en: {
    scheduled: 'Scheduled',
    pending: 'Pending (legacy)',
    reschedule: 'Reschedule',
    not_decided: 'Not decided (legacy)',
    so_so: 'So-so (legacy)',
    not_converted: 'Not converted',
    no_show: 'No show',
    discontinued: 'Discontinued',
    booking_amount: 'Booking amount',
    converted: 'Converted',
    converted_beginner: 'Converted: beginner',
    converted_intermediate: 'Converted: intermediate',
    converted_advance: 'Converted: advance',
    refunded: 'Refunded',
    cancelled: 'Cancelled',
  },
  'pt-BR': {
    scheduled: 'Agendada',
    pending: 'Pendente (antigo)',
    reschedule: 'Reagendar',
    not_decided: 'Indeciso (antigo)',
    so_so: 'Morno (antigo)',
    not_converted: 'Não convertido',
    no_show: 'Não compareceu',
    discontinued: 'Descontinuado',
    booking_amount: 'Sinal pago',
    converted: 'Convertido',
    converted_beginner: 'Convertido: iniciante',
    converted_intermediate: 'Convertido: intermediário',
    converted_advance: 'Convertido: avançado',
    refunded: 'Reembolsado',
    cancelled: 'Cancelada',
  },
};

export const COHORT_STUDENT_STATUS_LABELS: Labels<CohortStudentStatus> = {
  en: { active: 'Active', refunded: 'Refunded', discontinued: 'Discontinued' },
  'pt-BR': { active: 'Ativo', refunded: 'Reembolsado', discontinued: 'Descontinuado' },
};

export const LEDGER_ENTRY_KIND_LABELS: Labels<LedgerEntryKind> = {
  en: { payment: 'Payment', refund: 'Refund' },
  'pt-BR': { payment: 'Pagamento', refund: 'Reembolso' },
};

export const COHORT_BATCH_STATUS_LABELS: Labels<CohortBatchStatus> = {
  en: { planned: 'Planned', active: 'Active', completed: 'Completed' },
  'pt-BR': { planned: 'Planejada', active: 'Ativa', completed: 'Concluída' },
};

export const MEMBERSHIP_ROLE_LABELS: Labels<MembershipRole> = {
  en: {
    admin: 'Admin',
    manager: 'Manager',
    closer: 'Closer',
    cohort_manager: 'Cohort manager',
    specialist: 'Specialist',
    member: 'Member',
  },
  'pt-BR': {
    admin: 'Administrador',
    manager: 'Gerente',
    closer: 'Closer',
    cohort_manager: 'Gestor de turmas',
    specialist: 'Especialista',
    member: 'Membro',
  },
};

export const INVITATION_STATUS_LABELS: Labels<InvitationStatus> = {
  en: { pending: 'Pending', accepted: 'Accepted', revoked: 'Revoked' },
  'pt-BR': { pending: 'Pendente', accepted: 'Aceito', revoked: 'Revogado' },
};

export const CHAT_SESSION_STATUS_LABELS: Labels<ChatSessionStatus> = {
  en: {
    active: 'Active',
    pending: 'Waiting',
    phone_escalated: 'Call requested',
    resolved: 'Resolved',
    abandoned: 'Abandoned',
  },
  'pt-BR': {
    active: 'Ativa',
    pending: 'Aguardando',
    phone_escalated: 'Ligação solicitada',
    resolved: 'Resolvida',
    abandoned: 'Abandonada',
  },
};

export const PILLAR_LABELS: Labels<Pillar> = {
  en: { psychological: 'Psychological', physical: 'Physical', financial: 'Financial', legal: 'Legal' },
  'pt-BR': { psychological: 'Psicológico', physical: 'Físico', financial: 'Financeiro', legal: 'Jurídico' },
};

export const CALL_LOG_STATUS_LABELS: Labels<CallLogStatus> = {
  en: { pending: 'Waiting', scheduled: 'Follow-up scheduled', completed: 'Completed', missed: 'Missed' },
  'pt-BR': { pending: 'Aguardando', scheduled: 'Retorno agendado', completed: 'Concluída', missed: 'Não atendida' },
};

export const CALL_OUTCOME_LABELS: Labels<CallOutcome> = {
  en: { resolved_by_phone: 'Resolved by phone', session_booked: 'Session booked', escalated: 'Escalated' },
  'pt-BR': { resolved_by_phone: 'Resolvido por telefone', session_booked: 'Sessão agendada', escalated: 'Escalado' },
};

export const BOOKING_STATUS_LABELS: Labels<BookingStatus> = {
  en: { scheduled: 'Scheduled', completed: 'Completed', cancelled: 'Cancelled', no_show: 'No show' },
  'pt-BR': { scheduled: 'Agendada', completed: 'Realizada', cancelled: 'Cancelada', no_show: 'Não compareceu' },
};

/** A label for a stored code; an unknown code (never expected) shows as itself, not as blank. */
export function labelOf<K extends string>(labels: Labels<K>, locale: Locale, code: string): string {
  return (labels[locale] as Record<string, string>)[code] ?? code;
}
