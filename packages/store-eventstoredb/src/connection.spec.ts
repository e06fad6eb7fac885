import { describe, expect, it } from 'vitest';
import { normalizeConnectionString, redactConnectionString, serverLocation } from './connection';

describe('connection strings', () => {
  it('accepts the KurrentDB schemes by rewriting them for client 6.x', () => {
    expect(normalizeConnectionString('kurrentdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
    expect(normalizeConnectionString('kurrentdb+discover://a:2113,b:2113')).toBe('esdb+discover://a:2113,b:2113');
    expect(normalizeConnectionString('KurrentDB://h')).toBe('esdb://h');
    expect(normalizeConnectionString('kurrent://h')).toBe('esdb://h');
    expect(normalizeConnectionString('esdb://h:2113')).toBe('esdb://h:2113');
  });

  it('removes the password and nothing else', () => {
    expect(redactConnectionString('esdb://admin:changeit@localhost:2113?tls=false')).toBe(
      'esdb://admin:***@localhost:2113?tls=false',
    );
    expect(redactConnectionString('esdb://admin@localhost:2113')).toBe('esdb://admin@localhost:2113');
    expect(redactConnectionString('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
    expect(redactConnectionString('esdb+discover://u:p@w@a:1,b:2/?x=y')).toBe('esdb+discover://u:***@a:1,b:2/?x=y');
  });

  it('names the first host and its port, 2113 by default', () => {
    expect(serverLocation('esdb://admin:changeit@db.example:1113?tls=false')).toEqual({
      location: 'esdb://admin:***@db.example:1113?tls=false',
      host: 'db.example',
      port: 1113,
    });
    expect(serverLocation('esdb+discover://node1,node2:2114')).toMatchObject({ host: 'node1', port: 2113 });
    expect(serverLocation('esdb://[::1]:2113')).toMatchObject({ host: '[::1]', port: 2113 });
    expect(serverLocation('not a url')).toEqual({ location: 'not a url' });
  });
});
