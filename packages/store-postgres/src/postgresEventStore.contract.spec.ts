import { eventStoreContract } from '@innoledger/testing';
import { useTestServer } from './support/testServer';

// One server for the file; every store the suite asks for gets its own schema, dropped at the end.
const server = useTestServer();

eventStoreContract('postgres', ({ clock, newEventId }) => server.open({ clock, newEventId, poolSize: 4 }));
