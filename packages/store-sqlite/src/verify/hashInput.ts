// prevHash and the kernel's canonicalEventText, built by SQLite from the stored columns: data and
// metadata are stored as canonical text and json_quote escapes strings as JSON.stringify does, so
// no payload is parsed. Should the two ever differ, verify re-reads that event the ordinary way
// (slower, not wrong).
export const HASH_INPUT = `prev_hash || '{"data":' || data || ',"eventId":' || json_quote(event_id) || ',"metadata":' || metadata
  || ',"occurredAt":' || json_quote(occurred_at) || ',"prevHash":' || json_quote(prev_hash)
  || ',"recordedAt":' || json_quote(recorded_at) || ',"schemaVersion":' || schema_version
  || ',"streamId":' || json_quote(stream_id) || ',"streamVersion":' || stream_version
  || ',"type":' || json_quote(type) || '}'`;
