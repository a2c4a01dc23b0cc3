// The one source of truth for every status, role, pillar and outcome set in the product.
// The database CHECK constraints carry exactly these sets; supabase/tests/status-drift.test.ts
// fails when the two drift apart.

export const MEMBERSHIP_ROLES = ['admin', 'manager', 'closer', 'cohort_manager', 'specialist', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles an admin gives in the app (invitations, role changes); `member` needs a client company. */
export const STAFF_ROLES = ['admin', 'manager', 'closer', 'cohort_manager', 'specialist'] as const satisfies readonly MembershipRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** An invitation is pending until accepted or revoked; a pending one past its expiry is shown as expired. */
export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const CALL_APPOINTMENT_STATUSES = [
  'scheduled',
  'pending',
  'reschedule',
  'not_decided',
  'so_so',
  'not_converted',
  'no_show',
  'discontinued',
  'booking_amount',
  'converted',
  'converted_beginner',
  'converted_intermediate',
  'converted_advance',
  'refunded',
  'cancelled',
] as const;
export type CallAppointmentStatus = (typeof CALL_APPOINTMENT_STATUSES)[number];

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

/** Statuses whose update needs remarks. */
export const REMARKS_REQUIRED_STATUSES = ['not_converted', 'no_show', 'reschedule', 'refunded'] as const satisfies readonly CallAppointmentStatus[];

export const COHORT_STUDENT_STATUSES = ['active', 'refunded', 'discontinued'] as const;
export type CohortStudentStatus = (typeof COHORT_STUDENT_STATUSES)[number];

/** Entries of the one money ledger (emi_payments.kind): money in and money out. */
export const LEDGER_ENTRY_KINDS = ['payment', 'refund'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export const COHORT_BATCH_STATUSES = ['planned', 'active', 'completed'] as const;
export type CohortBatchStatus = (typeof COHORT_BATCH_STATUSES)[number];

export const CHAT_SESSION_STATUSES = ['active', 'pending', 'phone_escalated', 'resolved', 'abandoned'] as const;
export type ChatSessionStatus = (typeof CHAT_SESSION_STATUSES)[number];

/** Chat statuses the specialists' queue lists (with an open call log): invariant C1. */
export const QUEUE_CHAT_SESSION_STATUSES = ['phone_escalated', 'pending'] as const satisfies readonly ChatSessionStatus[];

export const PILLARS = ['psychological', 'physical', 'financial', 'legal'] as const;
export type Pillar = (typeof PILLARS)[number];

export const CALL_LOG_STATUSES = ['pending', 'scheduled', 'completed', 'missed'] as const;
export type CallLogStatus = (typeof CALL_LOG_STATUSES)[number];

/** A call log in one of these is an open request (invariant C2: at most one per chat session). */
export const OPEN_CALL_LOG_STATUSES = ['pending', 'scheduled'] as const satisfies readonly CallLogStatus[];

export const CALL_OUTCOMES = ['resolved_by_phone', 'session_booked', 'escalated'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const BOOKING_STATUSES = ['scheduled', 'completed', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const CHAT_MESSAGE_ROLES = ['member', 'assistant', 'specialist', 'system'] as const;
export type ChatMessageRole = (typeof CHAT_MESSAGE_ROLES)[number];

export function isConvertedStatus(s: string): s is ConvertedStatus {
  return (CONVERTED_STATUSES as readonly string[]).includes(s);
}
