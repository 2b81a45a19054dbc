import { describe, expect, it } from 'vitest';
import { ResponseSequencer } from '../../../src/call/response-sequencer.ts';

function sequencer() {
  let creates = 0;
  const responses = new ResponseSequencer(() => creates++);
  return { responses, creates: () => creates };
}

describe('ResponseSequencer', () => {
  it('asks for the opening line once, however often it is asked', () => {
    const { responses, creates } = sequencer();
    responses.requestOpening();
    responses.onCreated('resp_1');
    responses.onDone();
    responses.requestOpening();
    expect(creates()).toBe(1);
  });

  it('holds a request made while one is being created or running, and sends it after response.done', () => {
    const { responses, creates } = sequencer();
    responses.request();
    responses.request();
    expect(creates()).toBe(1);
    responses.onCreated('resp_1');
    responses.request();
    expect(creates()).toBe(1);
    responses.onDone();
    expect(creates()).toBe(2);
    responses.onCreated('resp_2');
    responses.onDone();
    expect(creates()).toBe(2);
  });

  it('an interrupt drops the waiting request; a failed call does not send it', () => {
    const { responses, creates } = sequencer();
    responses.request();
    responses.onCreated('resp_1');
    responses.request();
    responses.dropWaiting();
    responses.onDone();
    expect(creates()).toBe(1);
    responses.request();
    responses.onCreated('resp_2');
    responses.request();
    responses.onDone(false);
    expect(creates()).toBe(2);
  });

  it('a create the server refused as busy is sent again once the running response is done', () => {
    const { responses, creates } = sequencer();
    responses.request();
    responses.onRejectedAsBusy();
    expect(responses.busy).toBe(false);
    responses.onDone();
    expect(creates()).toBe(2);
  });
});
