import type { RecordedEvent } from '../events/event';
import type { ImportError } from './eventStore';

export const importRefused = (
  reason: ImportError['reason'],
  event: Pick<RecordedEvent, 'streamId' | 'streamVersion'>,
): ImportError => ({
  _tag: 'ImportRefused',
  reason,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
});
