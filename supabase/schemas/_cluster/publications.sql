ALTER PUBLICATION "supabase_realtime" ADD TABLE "public"."specialist_call_logs";
