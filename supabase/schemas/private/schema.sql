CREATE SCHEMA "private";

GRANT USAGE ON SCHEMA "private" TO "authenticated";
