// Serves the stack over DATABASE_URL (already prepared by the test) on a free port, in its own
// process, so a test can see it survive (or not) what happens to the database. Prints one JSON line
// `{"url": ...}` when listening.
import http from 'node:http';
import { openDatabase } from '../../db.mjs';
import { createStack } from '../../server.mjs';

const db = await openDatabase({ url: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX || 10) });
const stack = createStack({ db });
const server = http.createServer((req, res) => void stack(req, res));
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}` }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void db.close().finally(() => process.exit(0)));
});
