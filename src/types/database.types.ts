
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "bookings": {
                  Row: {
                    "booking_date": string,"chat_session_id": string | null,"created_at": string,"id": string,"notes": string | null,"organization_id": string,"specialist_id": string | null,"status": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "booking_date": string,"chat_session_id"?: string | null,"created_at"?: string,"id"?: string,"notes"?: string | null,"organization_id": string,"specialist_id"?: string | null,"status"?: string,"user_id": string
                  }
                  Update: {
                    "booking_date"?: string,"chat_session_id"?: string | null,"created_at"?: string,"id"?: string,"notes"?: string | null,"organization_id"?: string,"specialist_id"?: string | null,"status"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "bookings_chat_session_id_fkey"
      columns: ["chat_session_id"]
isOneToOne: false
      referencedRelation: "chat_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "bookings_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "bookings_specialist_id_fkey"
      columns: ["specialist_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "bookings_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"call_appointment_history": {
                  Row: {
                    "call_appointment_id": string,"changed_at": string,"changed_by": string | null,"changes": NonNullable<Json>,"id": number,"new_status": string,"old_status": string | null,"organization_id": string,"remarks": string | null,"source": string
                  }
                  ComputedFields: never
                  Insert: {
                    "call_appointment_id": string,"changed_at"?: string,"changed_by"?: string | null,"changes"?: NonNullable<Json>,"id"?: never,"new_status": string,"old_status"?: string | null,"organization_id": string,"remarks"?: string | null,"source": string
                  }
                  Update: {
                    "call_appointment_id"?: string,"changed_at"?: string,"changed_by"?: string | null,"changes"?: NonNullable<Json>,"id"?: never,"new_status"?: string,"old_status"?: string | null,"organization_id"?: string,"remarks"?: string | null,"source"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "call_appointment_history_call_appointment_id_fkey"
      columns: ["call_appointment_id"]
isOneToOne: false
      referencedRelation: "call_appointments"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointment_history_changed_by_fkey"
      columns: ["changed_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointment_history_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"call_appointments": {
                  Row: {
                    "additional_comments": string | null,"batch_id": string | null,"cancellation_reason": string | null,"cash_received": number,"classes_access": number | null,"closer_id": string | null,"conversion_date": string | null,"created_at": string,"created_by": string | null,"due_amount": number | null,"gst_fees": number,"id": string,"lead_id": string,"next_follow_up_date": string | null,"no_cost_emi": number,"offer_amount": number,"organization_id": string,"pay_after_earning": boolean,"payment_platform": string | null,"payment_remarks": string | null,"platform_fees": number,"refund_reason": string | null,"scheduled_date": string,"scheduled_time": string | null,"status": string,"updated_at": string,"updated_by": string | null,"version": number
                  }
                  ComputedFields: never
                  Insert: {
                    "additional_comments"?: string | null,"batch_id"?: string | null,"cancellation_reason"?: string | null,"cash_received"?: number,"classes_access"?: number | null,"closer_id"?: string | null,"conversion_date"?: string | null,"created_at"?: string,"created_by"?: string | null,"due_amount"?: never,"gst_fees"?: number,"id"?: string,"lead_id": string,"next_follow_up_date"?: string | null,"no_cost_emi"?: number,"offer_amount"?: number,"organization_id": string,"pay_after_earning"?: boolean,"payment_platform"?: string | null,"payment_remarks"?: string | null,"platform_fees"?: number,"refund_reason"?: string | null,"scheduled_date": string,"scheduled_time"?: string | null,"status"?: string,"updated_at"?: string,"updated_by"?: string | null,"version"?: number
                  }
                  Update: {
                    "additional_comments"?: string | null,"batch_id"?: string | null,"cancellation_reason"?: string | null,"cash_received"?: number,"classes_access"?: number | null,"closer_id"?: string | null,"conversion_date"?: string | null,"created_at"?: string,"created_by"?: string | null,"due_amount"?: never,"gst_fees"?: number,"id"?: string,"lead_id"?: string,"next_follow_up_date"?: string | null,"no_cost_emi"?: number,"offer_amount"?: number,"organization_id"?: string,"pay_after_earning"?: boolean,"payment_platform"?: string | null,"payment_remarks"?: string | null,"platform_fees"?: number,"refund_reason"?: string | null,"scheduled_date"?: string,"scheduled_time"?: string | null,"status"?: string,"updated_at"?: string,"updated_by"?: string | null,"version"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "call_appointments_batch_id_fkey"
      columns: ["batch_id"]
isOneToOne: false
      referencedRelation: "cohort_batches"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointments_closer_id_fkey"
      columns: ["closer_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointments_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointments_lead_id_fkey"
      columns: ["lead_id"]
isOneToOne: false
      referencedRelation: "leads"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointments_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "call_appointments_updated_by_fkey"
      columns: ["updated_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"chat_messages": {
                  Row: {
                    "chat_session_id": string,"content": string,"created_at": string,"id": string,"organization_id": string,"role": string,"sender_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "chat_session_id": string,"content": string,"created_at"?: string,"id"?: string,"organization_id": string,"role": string,"sender_id"?: string | null
                  }
                  Update: {
                    "chat_session_id"?: string,"content"?: string,"created_at"?: string,"id"?: string,"organization_id"?: string,"role"?: string,"sender_id"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "chat_messages_chat_session_id_fkey"
      columns: ["chat_session_id"]
isOneToOne: false
      referencedRelation: "chat_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "chat_messages_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "chat_messages_sender_id_fkey"
      columns: ["sender_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"chat_sessions": {
                  Row: {
                    "company_id": string | null,"created_at": string,"ended_at": string | null,"id": string,"organization_id": string,"phone_contact_made": boolean,"phone_escalated_at": string | null,"phone_escalation_reason": string | null,"pillar": string | null,"session_booked_by_specialist": string | null,"status": string,"title": string | null,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "company_id"?: string | null,"created_at"?: string,"ended_at"?: string | null,"id"?: string,"organization_id": string,"phone_contact_made"?: boolean,"phone_escalated_at"?: string | null,"phone_escalation_reason"?: string | null,"pillar"?: string | null,"session_booked_by_specialist"?: string | null,"status"?: string,"title"?: string | null,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "company_id"?: string | null,"created_at"?: string,"ended_at"?: string | null,"id"?: string,"organization_id"?: string,"phone_contact_made"?: boolean,"phone_escalated_at"?: string | null,"phone_escalation_reason"?: string | null,"pillar"?: string | null,"session_booked_by_specialist"?: string | null,"status"?: string,"title"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "chat_sessions_company_id_fkey"
      columns: ["company_id"]
isOneToOne: false
      referencedRelation: "companies"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "chat_sessions_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "chat_sessions_session_booked_by_specialist_fkey"
      columns: ["session_booked_by_specialist"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "chat_sessions_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"closer_call_counts": {
                  Row: {
                    "calls": number,"closer_id": string | null,"organization_id": string,"status": string
                  }
                  ComputedFields: never
                  Insert: {
                    "calls"?: number,"closer_id"?: string | null,"organization_id": string,"status": string
                  }
                  Update: {
                    "calls"?: number,"closer_id"?: string | null,"organization_id"?: string,"status"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "closer_call_counts_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"cohort_batches": {
                  Row: {
                    "cohort_type_id": string,"created_at": string,"end_date": string | null,"id": string,"name": string,"organization_id": string,"start_date": string | null,"status": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cohort_type_id": string,"created_at"?: string,"end_date"?: string | null,"id"?: string,"name": string,"organization_id": string,"start_date"?: string | null,"status"?: string
                  }
                  Update: {
                    "cohort_type_id"?: string,"created_at"?: string,"end_date"?: string | null,"id"?: string,"name"?: string,"organization_id"?: string,"start_date"?: string | null,"status"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "cohort_batches_cohort_type_id_fkey"
      columns: ["cohort_type_id"]
isOneToOne: false
      referencedRelation: "cohort_types"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_batches_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"cohort_student_moves": {
                  Row: {
                    "cohort_student_id": string,"from_batch_id": string,"id": string,"moved_at": string,"moved_by": string | null,"organization_id": string,"to_batch_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cohort_student_id": string,"from_batch_id": string,"id"?: string,"moved_at"?: string,"moved_by"?: string | null,"organization_id": string,"to_batch_id": string
                  }
                  Update: {
                    "cohort_student_id"?: string,"from_batch_id"?: string,"id"?: string,"moved_at"?: string,"moved_by"?: string | null,"organization_id"?: string,"to_batch_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "cohort_student_moves_cohort_student_id_fkey"
      columns: ["cohort_student_id"]
isOneToOne: false
      referencedRelation: "cohort_students"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_student_moves_from_batch_id_fkey"
      columns: ["from_batch_id"]
isOneToOne: false
      referencedRelation: "cohort_batches"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_student_moves_moved_by_fkey"
      columns: ["moved_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_student_moves_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_student_moves_to_batch_id_fkey"
      columns: ["to_batch_id"]
isOneToOne: false
      referencedRelation: "cohort_batches"
      referencedColumns: ["id"]
    }
                  ]
                },"cohort_students": {
                  Row: {
                    "call_appointment_id": string | null,"cash_received": number,"classes_access": number | null,"closer_id": string | null,"cohort_batch_id": string,"conversion_date": string | null,"created_at": string,"created_by": string | null,"due_amount": number | null,"gst_fees": number,"id": string,"lead_id": string,"next_follow_up_date": string | null,"no_cost_emi": number,"notes": string | null,"offer_amount": number,"organization_id": string,"pay_after_earning": boolean,"payment_platform": string | null,"payment_remarks": string | null,"platform_fees": number,"refund_reason": string | null,"status": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "call_appointment_id"?: string | null,"cash_received"?: number,"classes_access"?: number | null,"closer_id"?: string | null,"cohort_batch_id": string,"conversion_date"?: string | null,"created_at"?: string,"created_by"?: string | null,"due_amount"?: never,"gst_fees"?: number,"id"?: string,"lead_id": string,"next_follow_up_date"?: string | null,"no_cost_emi"?: number,"notes"?: string | null,"offer_amount"?: number,"organization_id": string,"pay_after_earning"?: boolean,"payment_platform"?: string | null,"payment_remarks"?: string | null,"platform_fees"?: number,"refund_reason"?: string | null,"status"?: string,"updated_at"?: string
                  }
                  Update: {
                    "call_appointment_id"?: string | null,"cash_received"?: number,"classes_access"?: number | null,"closer_id"?: string | null,"cohort_batch_id"?: string,"conversion_date"?: string | null,"created_at"?: string,"created_by"?: string | null,"due_amount"?: never,"gst_fees"?: number,"id"?: string,"lead_id"?: string,"next_follow_up_date"?: string | null,"no_cost_emi"?: number,"notes"?: string | null,"offer_amount"?: number,"organization_id"?: string,"pay_after_earning"?: boolean,"payment_platform"?: string | null,"payment_remarks"?: string | null,"platform_fees"?: number,"refund_reason"?: string | null,"status"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "cohort_students_call_appointment_id_fkey"
      columns: ["call_appointment_id"]
isOneToOne: false
      referencedRelation: "call_appointments"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_students_closer_id_fkey"
      columns: ["closer_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_students_cohort_batch_id_fkey"
      columns: ["cohort_batch_id"]
isOneToOne: false
      referencedRelation: "cohort_batches"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_students_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_students_lead_id_fkey"
      columns: ["lead_id"]
isOneToOne: false
      referencedRelation: "leads"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "cohort_students_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"cohort_types": {
                  Row: {
                    "created_at": string,"description": string | null,"id": string,"name": string,"organization_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"description"?: string | null,"id"?: string,"name": string,"organization_id": string
                  }
                  Update: {
                    "created_at"?: string,"description"?: string | null,"id"?: string,"name"?: string,"organization_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "cohort_types_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"companies": {
                  Row: {
                    "created_at": string,"id": string,"name": string,"organization_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"id"?: string,"name": string,"organization_id": string
                  }
                  Update: {
                    "created_at"?: string,"id"?: string,"name"?: string,"organization_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "companies_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"emi_payments": {
                  Row: {
                    "amount": number,"cohort_student_id": string,"created_at": string,"created_by": string | null,"id": string,"kind": string,"organization_id": string,"paid_on": string,"payment_platform": string | null,"remarks": string | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "amount": number,"cohort_student_id": string,"created_at"?: string,"created_by"?: string | null,"id"?: string,"kind"?: string,"organization_id": string,"paid_on": string,"payment_platform"?: string | null,"remarks"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "amount"?: number,"cohort_student_id"?: string,"created_at"?: string,"created_by"?: string | null,"id"?: string,"kind"?: string,"organization_id"?: string,"paid_on"?: string,"payment_platform"?: string | null,"remarks"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "emi_payments_cohort_student_id_fkey"
      columns: ["cohort_student_id"]
isOneToOne: false
      referencedRelation: "cohort_students"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "emi_payments_created_by_fkey"
      columns: ["created_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "emi_payments_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"invitations": {
                  Row: {
                    "accepted_at": string | null,"accepted_by": string | null,"auth_user_id": string | null,"created_at": string,"email": string,"expires_at": string,"id": string,"invited_by": string | null,"last_sent_at": string,"organization_id": string,"revoked_at": string | null,"revoked_by": string | null,"roles": (string)[],"sent_count": number,"status": string,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "accepted_at"?: string | null,"accepted_by"?: string | null,"auth_user_id"?: string | null,"created_at"?: string,"email": string,"expires_at": string,"id"?: string,"invited_by"?: string | null,"last_sent_at"?: string,"organization_id": string,"revoked_at"?: string | null,"revoked_by"?: string | null,"roles": (string)[],"sent_count"?: number,"status"?: string,"updated_at"?: string
                  }
                  Update: {
                    "accepted_at"?: string | null,"accepted_by"?: string | null,"auth_user_id"?: string | null,"created_at"?: string,"email"?: string,"expires_at"?: string,"id"?: string,"invited_by"?: string | null,"last_sent_at"?: string,"organization_id"?: string,"revoked_at"?: string | null,"revoked_by"?: string | null,"roles"?: (string)[],"sent_count"?: number,"status"?: string,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "invitations_invited_by_fkey"
      columns: ["invited_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "invitations_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"leads": {
                  Row: {
                    "created_at": string,"email": string | null,"full_name": string,"id": string,"organization_id": string,"phone": string | null,"source": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"email"?: string | null,"full_name": string,"id"?: string,"organization_id": string,"phone"?: string | null,"source"?: string | null
                  }
                  Update: {
                    "created_at"?: string,"email"?: string | null,"full_name"?: string,"id"?: string,"organization_id"?: string,"phone"?: string | null,"source"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "leads_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"memberships": {
                  Row: {
                    "company_id": string | null,"created_at": string,"id": string,"organization_id": string,"role": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "company_id"?: string | null,"created_at"?: string,"id"?: string,"organization_id": string,"role": string,"user_id": string
                  }
                  Update: {
                    "company_id"?: string | null,"created_at"?: string,"id"?: string,"organization_id"?: string,"role"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "memberships_company_id_fkey"
      columns: ["company_id"]
isOneToOne: false
      referencedRelation: "companies"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "memberships_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "memberships_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"offer_amount_history": {
                  Row: {
                    "changed_at": string,"changed_by": string | null,"cohort_student_id": string,"id": string,"new_amount": number,"old_amount": number,"organization_id": string,"reason": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "changed_at"?: string,"changed_by"?: string | null,"cohort_student_id": string,"id"?: string,"new_amount": number,"old_amount": number,"organization_id": string,"reason"?: string | null
                  }
                  Update: {
                    "changed_at"?: string,"changed_by"?: string | null,"cohort_student_id"?: string,"id"?: string,"new_amount"?: number,"old_amount"?: number,"organization_id"?: string,"reason"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "offer_amount_history_changed_by_fkey"
      columns: ["changed_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "offer_amount_history_cohort_student_id_fkey"
      columns: ["cohort_student_id"]
isOneToOne: false
      referencedRelation: "cohort_students"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "offer_amount_history_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"organizations": {
                  Row: {
                    "call_wait_target_minutes": number,"created_at": string,"currency": string,"id": string,"locale": string,"name": string,"phone_country": string | null,"slug": string,"timezone": string
                  }
                  ComputedFields: never
                  Insert: {
                    "call_wait_target_minutes"?: number,"created_at"?: string,"currency"?: string,"id"?: string,"locale"?: string,"name": string,"phone_country"?: string | null,"slug": string,"timezone"?: string
                  }
                  Update: {
                    "call_wait_target_minutes"?: number,"created_at"?: string,"currency"?: string,"id"?: string,"locale"?: string,"name"?: string,"phone_country"?: string | null,"slug"?: string,"timezone"?: string
                  }
                  Relationships: [
                    
                  ]
                },"owing_follow_ups": {
                  Row: {
                    "due": number,"next_follow_up_date": string,"organization_id": string,"owing": number
                  }
                  ComputedFields: never
                  Insert: {
                    "due"?: number,"next_follow_up_date": string,"organization_id": string,"owing"?: number
                  }
                  Update: {
                    "due"?: number,"next_follow_up_date"?: string,"organization_id"?: string,"owing"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "owing_follow_ups_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"owing_student_totals": {
                  Row: {
                    "cohort_batch_id": string,"due": number,"follow_up": number,"organization_id": string,"owing": number
                  }
                  ComputedFields: never
                  Insert: {
                    "cohort_batch_id": string,"due"?: number,"follow_up"?: number,"organization_id": string,"owing"?: number
                  }
                  Update: {
                    "cohort_batch_id"?: string,"due"?: number,"follow_up"?: number,"organization_id"?: string,"owing"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "owing_student_totals_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"owing_students": {
                  Row: {
                    "cohort_batch_id": string,"conversion_date": string | null,"due_amount": number,"last_activity": string | null,"last_paid_on": string | null,"next_follow_up_date": string | null,"organization_id": string,"student_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cohort_batch_id": string,"conversion_date"?: string | null,"due_amount": number,"last_activity"?: never,"last_paid_on"?: string | null,"next_follow_up_date"?: string | null,"organization_id": string,"student_id": string
                  }
                  Update: {
                    "cohort_batch_id"?: string,"conversion_date"?: string | null,"due_amount"?: number,"last_activity"?: never,"last_paid_on"?: string | null,"next_follow_up_date"?: string | null,"organization_id"?: string,"student_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "owing_students_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                },"profiles": {
                  Row: {
                    "created_at": string,"email": string | null,"full_name": string,"id": string,"phone": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"email"?: string | null,"full_name"?: string,"id": string,"phone"?: string | null
                  }
                  Update: {
                    "created_at"?: string,"email"?: string | null,"full_name"?: string,"id"?: string,"phone"?: string | null
                  }
                  Relationships: [
                    
                  ]
                },"specialist_call_logs": {
                  Row: {
                    "attempts": number,"booking_id": string | null,"call_notes": string | null,"call_status": string,"chat_session_id": string,"claimed_at": string | null,"claimed_by": string | null,"completed_at": string | null,"created_at": string,"first_called_at": string | null,"id": string,"last_attempt_at": string | null,"organization_id": string,"outcome": string | null,"reason": string | null,"scheduled_for": string | null,"session_booked": boolean,"specialist_id": string | null,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "attempts"?: number,"booking_id"?: string | null,"call_notes"?: string | null,"call_status"?: string,"chat_session_id": string,"claimed_at"?: string | null,"claimed_by"?: string | null,"completed_at"?: string | null,"created_at"?: string,"first_called_at"?: string | null,"id"?: string,"last_attempt_at"?: string | null,"organization_id": string,"outcome"?: string | null,"reason"?: string | null,"scheduled_for"?: string | null,"session_booked"?: boolean,"specialist_id"?: string | null,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "attempts"?: number,"booking_id"?: string | null,"call_notes"?: string | null,"call_status"?: string,"chat_session_id"?: string,"claimed_at"?: string | null,"claimed_by"?: string | null,"completed_at"?: string | null,"created_at"?: string,"first_called_at"?: string | null,"id"?: string,"last_attempt_at"?: string | null,"organization_id"?: string,"outcome"?: string | null,"reason"?: string | null,"scheduled_for"?: string | null,"session_booked"?: boolean,"specialist_id"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "specialist_call_logs_booking_id_fkey"
      columns: ["booking_id"]
isOneToOne: false
      referencedRelation: "bookings"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "specialist_call_logs_chat_session_id_fkey"
      columns: ["chat_session_id"]
isOneToOne: false
      referencedRelation: "chat_sessions"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "specialist_call_logs_claimed_by_fkey"
      columns: ["claimed_by"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "specialist_call_logs_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "specialist_call_logs_specialist_id_fkey"
      columns: ["specialist_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "specialist_call_logs_user_id_fkey"
      columns: ["user_id"]
isOneToOne: false
      referencedRelation: "profiles"
      referencedColumns: ["id"]
    }
                  ]
                },"student_money_totals": {
                  Row: {
                    "closer_id": string | null,"cohort_batch_id": string,"due": number,"offered": number,"organization_id": string,"received": number,"students": number
                  }
                  ComputedFields: never
                  Insert: {
                    "closer_id"?: string | null,"cohort_batch_id": string,"due"?: number,"offered"?: number,"organization_id": string,"received"?: number,"students"?: number
                  }
                  Update: {
                    "closer_id"?: string | null,"cohort_batch_id"?: string,"due"?: number,"offered"?: number,"organization_id"?: string,"received"?: number,"students"?: number
                  }
                  Relationships: [
                    {
      foreignKeyName: "student_money_totals_organization_id_fkey"
      columns: ["organization_id"]
isOneToOne: false
      referencedRelation: "organizations"
      referencedColumns: ["id"]
    }
                  ]
                }
          }
          Views: {
            [_ in never]: never
          }
          Functions: {
            "accept_invitation":
{ Args: { "p_full_name"?: string,"p_invitation_id"?: string }; Returns: Json
                           },
"add_cohort_student":
{ Args: { "p_batch_id": string,"p_cash_received"?: string,"p_classes_access"?: string,"p_closer_id"?: string,"p_email"?: string,"p_full_name": string,"p_next_follow_up_date"?: string,"p_notes"?: string,"p_offer_amount": string,"p_paid_on"?: string,"p_payment_platform"?: string,"p_phone"?: string }; Returns: Json
                           },
"assign_call_appointments":
{ Args: { "p_appointment_ids": (string)[],"p_closer_id": string,"p_organization_id": string }; Returns: Json
                           },
"batch_roster_counts":
{ Args: { "p_batch_id": string,"p_from"?: string,"p_search"?: string,"p_to"?: string }; Returns: Json
                           },
"batch_roster_totals":
{ Args: { "p_batch_id": string,"p_from"?: string,"p_to"?: string }; Returns: Json
                           },
"book_call_appointment":
{ Args: { "p_closer_id": string,"p_email": string,"p_full_name": string,"p_organization_id": string,"p_phone": string,"p_remarks"?: string,"p_scheduled_date": string,"p_scheduled_time": string }; Returns: Json
                           },
"calendly_settings_status":
{ Args: { "p_organization_id": string }; Returns: Json
                           },
"calendly_webhook_config":
{ Args: { "p_organization_id": string }; Returns: Json
                           },
"call_desk_metrics":
{ Args: { "p_from"?: string,"p_organization_id": string,"p_to"?: string }; Returns: Json
                           },
"call_request_counts":
{ Args: { "p_organization_id": string,"p_since"?: string }; Returns: Json
                           },
"cancel_call_appointment":
{ Args: { "p_appointment_id": string,"p_reason": string }; Returns: Json
                           },
"change_offer_amount":
{ Args: { "p_cohort_student_id": string,"p_new_amount": string,"p_reason"?: string }; Returns: Json
                           },
"claim_call_request":
{ Args: { "p_call_log_id": string }; Returns: Json
                           },
"closer_call_status_counts":
{ Args: { "p_closer_id": string,"p_from"?: string,"p_organization_id": string,"p_search"?: string,"p_to"?: string }; Returns: Json
                           },
"closer_kpis":
{ Args: { "p_from"?: string,"p_organization_id": string,"p_preset"?: string,"p_to"?: string }; Returns: Json
                           },
"closer_summary":
{ Args: { "p_from"?: string,"p_organization_id": string,"p_to"?: string }; Returns: {
              "assigned": number,"cash_collected": number,"closer_id": string,"closer_name": string,"converted": number,"due": number,"not_converted": number,"offered": number,"received": number,"rescheduled": number,"students": number,"written_off": number
            }[]
                           },
"cohort_insights":
{ Args: { "p_action_offset"?: string,"p_batch_id"?: string,"p_due_soon_offset"?: string,"p_limit"?: string,"p_organization_id": string }; Returns: Json
                           },
"cohort_type_totals":
{ Args: { "p_organization_id": string }; Returns: {
              "batches": number,"cohort_type_id": string,"due": number,"offered": number,"received": number,"students": number,"written_off": number
            }[]
                           },
"complete_call_request":
{ Args: { "p_booking_date"?: string,"p_call_log_id": string,"p_notes": string,"p_outcome": string }; Returns: Json
                           },
"convert_call_appointment":
{ Args: { "p_additional_comments"?: string,"p_appointment_id": string,"p_batch_id": string,"p_cash_received": string,"p_classes_access": string,"p_expected_version"?: string,"p_gst_fees"?: string,"p_next_follow_up_date"?: string,"p_no_cost_emi"?: string,"p_offer_amount": string,"p_pay_after_earning"?: boolean,"p_payment_platform"?: string,"p_payment_remarks"?: string,"p_platform_fees"?: string,"p_status": string }; Returns: Json
                           },
"create_organization_with_admin":
{ Args: { "p_admin_email": string,"p_currency"?: string,"p_locale"?: string,"p_name": string,"p_slug": string,"p_timezone"?: string }; Returns: Json
                           },
"delete_payment":
{ Args: { "p_payment_id": string }; Returns: Json
                           },
"discontinue_cohort_student":
{ Args: { "p_cohort_student_id": string,"p_reason": string }; Returns: Json
                           },
"import_call_rows":
{ Args: { "p_organization_id": string,"p_rows": Json }; Returns: Json
                           },
"invitation_precheck":
{ Args: { "p_email": string,"p_organization_id": string,"p_roles": Json }; Returns: Json
                           },
"list_all_calls":
{ Args: { "p_closer"?: string,"p_from"?: string,"p_limit"?: string,"p_offset"?: string,"p_organization_id": string,"p_search"?: string,"p_status"?: string,"p_to"?: string }; Returns: {
              "additional_comments": string,"cancellation_reason": string,"closer_id": string,"closer_name": string,"id": string,"lead_email": string,"lead_id": string,"lead_name": string,"lead_phone": string,"scheduled_date": string,"scheduled_time": string,"status": string,"total_count": number,"version": number
            }[]
                           },
"list_batch_roster":
{ Args: { "p_batch_id": string,"p_filter"?: string,"p_from"?: string,"p_limit"?: string,"p_offset"?: string,"p_search"?: string,"p_to"?: string }; Returns: {
              "cash_received": number,"classes_access": number,"closer_id": string,"closer_name": string,"conversion_date": string,"due_amount": number,"id": string,"lead_email": string,"lead_id": string,"lead_name": string,"lead_phone": string,"next_follow_up_date": string,"notes": string,"offer_amount": number,"pay_after_earning": boolean,"refund_reason": string,"status": string,"total_count": number,"written_off": number
            }[]
                           },
"list_call_queue":
{ Args: { "p_company_id"?: string,"p_limit"?: string,"p_offset"?: string,"p_organization_id": string,"p_pillar"?: string,"p_sort"?: string }; Returns: {
              "attempts": number,"call_log_id": string,"call_status": string,"chat_session_id": string,"claimed_at": string,"claimed_by": string,"claimed_by_name": string,"company_id": string,"company_name": string,"last_attempt_at": string,"member_id": string,"member_name": string,"member_phone": string,"pillar": string,"reason": string,"requested_at": string,"scheduled_for": string,"session_status": string,"total_capped": boolean,"total_count": number
            }[]
                           },
"list_call_status_history":
{ Args: { "p_appointment_id": string,"p_limit"?: string,"p_offset"?: string }; Returns: {
              "changed_at": string,"changed_by": string,"changed_by_name": string,"changes": Json,"id": number,"new_status": string,"old_status": string,"remarks": string,"source": string,"total_count": number
            }[]
                           },
"list_closer_calls":
{ Args: { "p_closer_id": string,"p_from"?: string,"p_limit"?: string,"p_offset"?: string,"p_organization_id": string,"p_search"?: string,"p_statuses"?: (string)[],"p_to"?: string }; Returns: {
              "additional_comments": string,"batch_id": string,"batch_name": string,"bucket": string,"cash_received": number,"classes_access": number,"cohort_type_name": string,"due_amount": number,"id": string,"lead_email": string,"lead_id": string,"lead_name": string,"lead_phone": string,"next_follow_up_date": string,"offer_amount": number,"scheduled_at": string,"scheduled_date": string,"scheduled_time": string,"status": string,"total_capped": boolean,"total_count": number,"version": number
            }[]
                           },
"list_cohort_batches":
{ Args: { "p_cohort_type_id"?: string,"p_limit"?: string,"p_offset"?: string,"p_organization_id": string,"p_search"?: string,"p_status"?: string }; Returns: {
              "cohort_type_id": string,"cohort_type_name": string,"due": number,"end_date": string,"id": string,"name": string,"offered": number,"received": number,"start_date": string,"status": string,"students": number,"total_capped": boolean,"total_count": number,"written_off": number
            }[]
                           },
"list_member_call_requests":
{ Args: { "p_exclude_call_log_id"?: string,"p_limit"?: string,"p_member_id": string,"p_organization_id": string }; Returns: {
              "attempts": number,"call_log_id": string,"call_notes": string,"call_status": string,"completed_at": string,"created_at": string,"outcome": string,"pillar": string,"reason": string,"specialist_name": string,"total_count": number
            }[]
                           },
"list_resolved_calls":
{ Args: { "p_limit"?: string,"p_offset"?: string,"p_organization_id": string,"p_search"?: string }; Returns: {
              "booking_date": string,"booking_id": string,"call_log_id": string,"call_notes": string,"chat_session_id": string,"company_name": string,"completed_at": string,"member_name": string,"outcome": string,"pillar": string,"specialist_id": string,"specialist_name": string,"total_capped": boolean,"total_count": number
            }[]
                           },
"mark_call_missed":
{ Args: { "p_call_log_id": string,"p_notes"?: string }; Returns: Json
                           },
"member_open_work":
{ Args: { "p_organization_id": string,"p_user_id": string }; Returns: Json
                           },
"move_cohort_student":
{ Args: { "p_classes_access"?: string,"p_cohort_student_id": string,"p_to_batch_id": string }; Returns: Json
                           },
"my_invitations":
{ Args: Record<PropertyKey, never>; Returns: Json
                           },
"receive_calendly_event":
{ Args: { "p_email"?: string,"p_event": string,"p_full_name"?: string,"p_host_emails"?: (string)[],"p_invitee_uri": string,"p_organization_id": string,"p_phone"?: string,"p_reason"?: string,"p_start_time"?: string }; Returns: Json
                           },
"record_invitation":
{ Args: { "p_auth_user_id"?: string,"p_email": string,"p_invited_by": string,"p_organization_id": string,"p_roles": Json }; Returns: Json
                           },
"record_payment":
{ Args: { "p_amount": string,"p_cohort_student_id": string,"p_paid_on": string,"p_payment_platform"?: string,"p_remarks"?: string }; Returns: Json
                           },
"refund_cohort_student":
{ Args: { "p_amount"?: string,"p_cohort_student_id": string,"p_reason": string,"p_refunded_on"?: string }; Returns: Json
                           },
"release_call_request":
{ Args: { "p_call_log_id": string }; Returns: Json
                           },
"remove_member":
{ Args: { "p_organization_id": string,"p_user_id": string }; Returns: Json
                           },
"request_phone_call":
{ Args: { "p_chat_session_id": string,"p_reason"?: string }; Returns: Json
                           },
"reschedule_call_appointment":
{ Args: { "p_appointment_id": string,"p_expected_version"?: string,"p_reason"?: string,"p_scheduled_date": string,"p_scheduled_time": string }; Returns: Json
                           },
"revoke_invitation":
{ Args: { "p_invitation_id": string }; Returns: Json
                           },
"save_cohort_batch":
{ Args: { "p_cohort_type_id": string,"p_end_date"?: string,"p_id"?: string,"p_name": string,"p_organization_id": string,"p_start_date"?: string,"p_status": string }; Returns: Json
                           },
"save_cohort_type":
{ Args: { "p_description"?: string,"p_id"?: string,"p_name": string,"p_organization_id": string }; Returns: Json
                           },
"schedule_call_follow_up":
{ Args: { "p_call_log_id": string,"p_notes"?: string,"p_scheduled_for": string }; Returns: Json
                           },
"send_chat_message":
{ Args: { "p_chat_session_id": string,"p_content": string }; Returns: Json
                           },
"set_calendly_signing_key":
{ Args: { "p_organization_id": string,"p_signing_key": string }; Returns: Json
                           },
"set_cohort_student_notes":
{ Args: { "p_cohort_student_id": string,"p_notes": string }; Returns: Json
                           },
"set_member_roles":
{ Args: { "p_organization_id": string,"p_roles": Json,"p_user_id": string }; Returns: Json
                           },
"start_chat_session":
{ Args: { "p_organization_id": string,"p_pillar": string,"p_title"?: string }; Returns: Json
                           },
"student_payment_history":
{ Args: { "p_cohort_student_id": string }; Returns: Json
                           },
"update_call_appointment_status":
{ Args: { "p_appointment_id": string,"p_expected_version"?: string,"p_next_follow_up_date"?: string,"p_refund_amount"?: string,"p_refund_reason"?: string,"p_refunded_on"?: string,"p_remarks"?: string,"p_rescheduled_date"?: string,"p_rescheduled_time"?: string,"p_status": string }; Returns: Json
                           },
"update_organization_settings":
{ Args: { "p_call_wait_target_minutes": string,"p_currency": string,"p_locale": string,"p_name": string,"p_organization_id": string,"p_timezone": string }; Returns: Json
                           },
"update_payment":
{ Args: { "p_amount": string,"p_paid_on": string,"p_payment_id": string,"p_payment_platform"?: string,"p_remarks"?: string }; Returns: Json
                           }
          }
          Enums: {
            [_ in never]: never
          }
          CompositeTypes: {
            [_ in never]: never
          }
        }
}

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
  ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R
    }
    ? R
    : never
  : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I
    }
    ? I
    : never
  : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U
    }
    ? U
    : never
  : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
  ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
  ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never

export const Constants = {
  "public": {
          Enums: {
            
          }
        }
} as const
