import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { CallInput, Channel, Result } from '../../../src/shared/ipc';
import { blankReport, toInterchange } from '../../../src/shared/model';
import type { ApiClient } from '../../../src/renderer/src/api/client';
import { ReportNotesStore } from '../../../src/renderer/src/notes/reportNotesStore';
import { ReportStore } from '../../../src/renderer/src/store/reportStore';
import { UncertainMarks } from '../../../src/renderer/src/table/uncertainMarks';
import { servicesInTempDir } from '../services/harness';

let env: ReturnType<typeof servicesInTempDir>;
beforeEach(() => {
  env = servicesInTempDir();
});
afterEach(() => env.cleanup());

interface Sent {
  channel: Channel;
  input: unknown;
  unload: boolean;
}

/**
 * The renderer's client bound to the real services through the real dispatch; every call is
 * logged, and a gate lets a test hold the answers back (the notes "still loading").
 */
function client() {
  const sent: Sent[] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  const result = async <C extends Channel>(channel: C, input: CallInput<C>) => {
    sent.push({ channel, input, unload: false });
    await gate;
    return (await dispatch(env.h, channel, input)) as Result<never>;
  };
  const api: ApiClient = {
    transport: 'browser',
    result,
    async call(channel, input) {
      const r = await result(channel, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    callOnUnload(channel, input) {
      sent.push({ channel, input, unload: true });
      void dispatch(env.h, channel, input);
    },
  };
  return {
    api,
    sent,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

async function imported(uncertain: string[]) {
  const interchange = toInterchange(blankReport({ organ: '己县财政局', year: 2021 }), {
    uncertain,
    notes: [],
  });
  return env.h['import:accept']({ interchange });
}

const stored = async (id: number) => env.h['notes:get']({ id });

describe('UncertainMarks over the report notes', () => {
  it('shows the imported marks once the notes arrive, and stores a confirmed or edited cell', async () => {
    const record = await imported(['t3.new.natural', 't3.new.commercial', 't4.review.corrected']);
    const c = client();
    c.hold();
    const store = new ReportStore(record.content);
    const notes = new ReportNotesStore(c.api, record.id);
    const marks = new UncertainMarks(notes, store);
    let notified = 0;
    marks.subscribe(() => notified++);
    expect(marks.keys()).toEqual([]);

    c.release();
    await notes.ready;
    expect(marks.keys()).toEqual(['t3.new.natural', 't3.new.commercial', 't4.review.corrected']);
    expect(marks.has('t3.new.commercial')).toBe(true);
    expect(notified).toBeGreaterThan(0);

    marks.confirm(['t4.review.corrected']);
    store.setCells({ 't3.new.natural': 7 });
    expect(marks.keys()).toEqual(['t3.new.commercial']);
    await notes.settled();
    expect((await stored(record.id)).uncertain).toEqual(['t3.new.commercial']);

    // A new window: the marks come from the database, not from the closed one.
    const again = new UncertainMarks(
      new ReportNotesStore(client().api, record.id),
      new ReportStore({
        ...record.content,
        cells: { ...record.content.cells, 't3.new.natural': 7 },
      }),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(again.keys()).toEqual(['t3.new.commercial']);
  });

  it('drops the mark of a cell typed over while the notes were still loading', async () => {
    const record = await imported(['t3.new.natural', 't3.new.commercial']);
    const c = client();
    c.hold();
    const store = new ReportStore(record.content);
    const notes = new ReportNotesStore(c.api, record.id);
    const marks = new UncertainMarks(notes, store);
    store.setCells({ 't3.new.natural': 3 });
    c.release();
    await notes.ready;
    expect(marks.keys()).toEqual(['t3.new.commercial']);
    await notes.settled();
    expect((await stored(record.id)).uncertain).toEqual(['t3.new.commercial']);
  });
});

describe('ReportNotesStore', () => {
  it('writes one change at a time, the latest value winning, without losing another field', async () => {
    const record = await imported([]);
    const c = client();
    const notes = new ReportNotesStore(c.api, record.id);
    await notes.ready;
    void notes.update({ yearIgnored: ['a'] });
    void notes.update({ yearIgnored: ['a', 'b'] });
    void notes.update({ uncertain: ['t3.new.natural'] });
    await notes.update({ yearIgnored: ['a', 'b', 'c'] });
    expect(notes.get()).toMatchObject({
      yearIgnored: ['a', 'b', 'c'],
      uncertain: ['t3.new.natural'],
    });
    expect(await stored(record.id)).toMatchObject({
      yearIgnored: ['a', 'b', 'c'],
      uncertain: ['t3.new.natural'],
    });
    // The first write went alone; the three made while it was on its way went as one.
    expect(c.sent.filter((s) => s.channel === 'notes:update')).toHaveLength(2);
  });

  it('keeps a change made before the notes loaded over the stored value', async () => {
    const record = await imported(['t3.new.natural']);
    const c = client();
    c.hold();
    const notes = new ReportNotesStore(c.api, record.id);
    const written = notes.update({ conversion: null, yearIgnored: ['x'] });
    expect(notes.get()).toBeNull();
    c.release();
    await Promise.all([notes.ready, written]);
    expect(notes.get()).toMatchObject({ uncertain: ['t3.new.natural'], yearIgnored: ['x'] });
  });

  it('on leaving the page, sends what is not yet written with a request that outlives it', async () => {
    const record = await imported([]);
    const c = client();
    const notes = new ReportNotesStore(c.api, record.id);
    await notes.ready;
    notes.flushOnUnload();
    expect(c.sent.some((s) => s.unload)).toBe(false);
    c.hold();
    void notes.update({ yearIgnored: ['a'] });
    void notes.update({ uncertain: [] });
    notes.flushOnUnload();
    expect(c.sent.filter((s) => s.unload).map((s) => s.input)).toEqual([
      { id: record.id, yearIgnored: ['a'], uncertain: [] },
    ]);
    c.release();
    await notes.settled();
  });
});
