// The broker harness lives with the server, which uses it for "Run"; tests import it from here.
export * from '../../../server/mockBroker';
