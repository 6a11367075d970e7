// Composition root of the server: loads configuration, makes the store ready
// (migrations and, on a new database, the sample data) and starts listening.
// The chat channels (Slack, Teams, web chat) are added here by issue 5; until then
// the server answers a health check and lists what the store holds.
import http from 'node:http';
import { loadConfig } from './config/load-config.js';
import { createPrismaClient } from './store/prisma-client.js';
import { ensureStoreReady } from './store/ensure-store-ready.js';

const config = loadConfig(process.env);
const port = config.port;
const connection = createPrismaClient(config.databaseUrl);
const message = await ensureStoreReady(connection);
if (message) console.log(message);

const server = http.createServer((request, response) => {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  if (request.url === '/health') return reply(200, { status: 'ok' });
  if (request.url === '/api/organisations') {
    connection.prisma.organisation
      .findMany({ select: { name: true, kind: true, parentId: true, id: true }, orderBy: { id: 'asc' } })
      .then((organisations) => reply(200, organisations))
      .catch(() => reply(500, { error: 'store_unavailable' }));
    return;
  }
  reply(404, { error: 'not_found' });
});

server.listen(port, () => {
  const figures = connection.prisma.figure.count();
  void figures.then((count) => console.log(`Utfall started on http://localhost:${port} (store: ${config.databaseUrl}, ${count} figures). Try: npm run -s cli -- figures --org Kommunstyrelsen --period 2024-08`));
});

const stop = () => server.close(() => void connection.prisma.$disconnect().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
