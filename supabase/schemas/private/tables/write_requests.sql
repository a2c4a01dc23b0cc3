CREATE TABLE "private"."write_requests" (
  "request_id" uuid                     NOT NULL,
  "user_id"    uuid                     NOT NULL,
  "fn"         text                     NOT NULL,
  "result"     jsonb,
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "write_requests_pkey" PRIMARY KEY (request_id)
);

CREATE INDEX write_requests_created_at_idx ON private.write_requests USING btree (created_at);

COMMENT ON TABLE "private"."write_requests" IS 'Idempotency keys of the public write functions (header x-idempotency-key) and the answer each gave; kept one day. Not exposed: read and written only by private.replayed_write/remember_write.';
