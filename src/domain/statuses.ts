// Every status, role, pillar and outcome set of the product. The sets themselves are generated
// from the database CHECK constraints (src/domain/generated/status-sets.ts, `npm run gen:types`,
// checked by CI); this file re-exports them and names the subsets the app's rules use.
// supabase/tests/status-drift.test.ts also compares them with the live CHECKs.
import type { CallAppointmentStatus, CallLogStatus, ChatSessionStatus, MembershipRole } from './generated/status-sets';

export {
  BOOKING_STATUSES,
  CALL_APPOINTMENT_HISTORY_SOURCE_VALUES,
  CALL_APPOINTMENT_STATUSES,
  CALL_LOG_STATUSES,
  CALL_OUTCOMES,
  CHAT_MESSAGE_ROLES,
  CHAT_SESSION_STATUSES,
  COHORT_BATCH_STATUSES,
  COHORT_STUDENT_STATUSES,
  INVITATION_STATUSES,
  LEDGER_ENTRY_KINDS,
  MEMBERSHIP_ROLES,
  PILLARS,
} from './generated/status-sets';
export type {
  BookingStatus,
  CallAppointmentHistorySourceValue,
  CallAppointmentStatus,
  CallLogStatus,
  CallOutcome,
  ChatMessageRole,
  ChatSessionStatus,
  CohortBatchStatus,
  CohortStudentStatus,
  InvitationStatus,
  LedgerEntryKind,
  MembershipRole,
  Pillar,
} from './generated/status-sets';

/** Roles an admin gives in the app (invitations, role changes); `member` needs a client company. */
export const STAFF_ROLES = ['admin', 'manager', 'closer', 'cohort_manager', 'specialist'] as const satisfies readonly MembershipRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Statuses that make the lead a paying student of the appointment's batch. */
export const CONVERTED_STATUSES = [
  'converted',
  'converted_beginner',
  'converted_intermediate',
  'converted_advance',
  'booking_amount',
] as const satisfies readonly CallAppointmentStatus[];
export type ConvertedStatus = (typeof CONVERTED_STATUSES)[number];

/** Kept valid for old rows, never offered for new updates. */
export const LEGACY_CALL_APPOINTMENT_STATUSES = ['pending', 'not_decided', 'so_so'] as const satisfies readonly CallAppointmentStatus[];

/**
 * The booking was called off before the call (by the lead in the booking tool, or by an admin or
 * manager with a reason). Not a sales outcome: never offered in the closer's update dialog, and a
 * converted call cannot become it (the database refuses).
 */
export const CANCELLED_CALL_STATUS = 'cancelled' as const satisfies CallAppointmentStatus;

/** Calls not yet decided: what a removed closer leaves open for reassignment (private.open_call_appointment_statuses). */
export const OPEN_CALL_APPOINTMENT_STATUSES = ['scheduled', 'pending', 'reschedule', 'not_decided', 'so_so'] as const satisfies readonly CallAppointmentStatus[];

/**
 * Calls still waiting for the call's outcome (private.awaiting_outcome_call_statuses(): closer_kpis
 * counts every other status as decided; the closer's calls badge these "now" / "overdue"). A subset
 * of the open ones: the legacy "not decided" / "so so" had their call.
 */
export const AWAITING_OUTCOME_CALL_STATUSES = ['scheduled', 'reschedule', 'pending'] as const satisfies readonly (typeof OPEN_CALL_APPOINTMENT_STATUSES)[number][];

/** Statuses whose update needs remarks. */
export const REMARKS_REQUIRED_STATUSES = ['not_converted', 'no_show', 'reschedule', 'refunded'] as const satisfies readonly CallAppointmentStatus[];

/** Chat statuses the specialists' queue lists (with an open call log): invariant C1. */
export const QUEUE_CHAT_SESSION_STATUSES = ['phone_escalated', 'pending'] as const satisfies readonly ChatSessionStatus[];

/** A call log in one of these is an open request (invariant C2: at most one per chat session). */
export const OPEN_CALL_LOG_STATUSES = ['pending', 'scheduled'] as const satisfies readonly CallLogStatus[];

export function isConvertedStatus(s: string): s is ConvertedStatus {
  return (CONVERTED_STATUSES as readonly string[]).includes(s);
}
