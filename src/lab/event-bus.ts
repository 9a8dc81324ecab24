/**
 * A tiny typed event bus. The session store announces world changes on it; the panel, the
 * step checklist and the portal blade subscribe, so none of them needs to know the others.
 */

/** Unsubscribes the listener it came from. */
export type Unsubscribe = () => void;

export interface EventBus<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(type: K, listener: (payload: Events[K]) => void): Unsubscribe;
  emit<K extends keyof Events>(type: K, payload: Events[K]): void;
}

/**
 * Creates a bus. A listener that throws is reported to the console and does not stop the
 * others: one broken widget must not freeze the terminal.
 */
export function createEventBus<Events extends Record<string, unknown>>(): EventBus<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    emit(type, payload) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch (error) {
          console.error(`lab: a "${String(type)}" listener failed`, error);
        }
      }
    },
  };
}
