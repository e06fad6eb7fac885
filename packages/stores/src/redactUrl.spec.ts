import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl';

describe('redactUrl', () => {
  it('hides the password of user:password@', () => {
    expect(redactUrl('postgres://ledger:s3cr3t@db.example:5432/ledger')).toBe(
      'postgres://ledger:***@db.example:5432/ledger',
    );
    expect(redactUrl('esdb://admin:changeit@localhost:2113?tls=false')).toBe(
      'esdb://admin:***@localhost:2113?tls=false',
    );
  });

  it('hides a password= query parameter', () => {
    expect(redactUrl('postgresql://db/ledger?user=u&password=p%40ss&sslmode=require')).toBe(
      'postgresql://db/ledger?user=u&password=***&sslmode=require',
    );
  });

  it('leaves URLs without a password alone', () => {
    for (const url of ['memory:', 'sqlite:./a:b@c.db', 'esdb://admin@localhost:2113', 'postgres://db/ledger'])
      expect(redactUrl(url)).toBe(url);
  });
});
