// A Redux-style store: pure reducers, combined reducers, middleware, subscriptions, immutability.
function createStore(reducer, middlewares = []) {
  let state = reducer(undefined, { type: "@@init" });
  const listeners = new Set();
  const store = { getState: () => state, subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); } };
  let dispatch = (action) => { state = reducer(state, action); listeners.forEach((l) => l()); return action; };
  for (const mw of [...middlewares].reverse()) dispatch = mw(store)(dispatch);
  store.dispatch = dispatch;
  return store;
}
const combine = (reducers) => (state = {}, action) =>
  Object.fromEntries(Object.entries(reducers).map(([k, r]) => [k, r(state[k], action)]));
const todos = (state = [], a) => {
  switch (a.type) {
    case "add": return [...state, { id: state.length + 1, text: a.text, done: false }];
    case "toggle": return state.map((t) => (t.id === a.id ? { ...t, done: !t.done } : t));
    default: return state;
  }
};
const filter = (state = "all", a) => (a.type === "filter" ? a.value : state);
const log = [];
const logger = () => (next) => (action) => { log.push(action.type); return next(action); };
const thunk = (store) => (next) => (action) => (typeof action === "function" ? action(store.dispatch, store.getState) : next(action));
const store = createStore(combine({ todos, filter }), [thunk, logger]);
let renders = 0;
const unsubscribe = store.subscribe(() => renders++);
const before = store.getState();
store.dispatch({ type: "add", text: "write tests" });
store.dispatch({ type: "add", text: "run them" });
store.dispatch((dispatch, getState) => dispatch({ type: "toggle", id: getState().todos.length }));
unsubscribe();
store.dispatch({ type: "filter", value: "done" });
const s = store.getState();
console.log(JSON.stringify(s));
console.log(log.join(","), renders, before.todos.length, before === s, s.todos[0] === store.getState().todos[0]);
console.log(s.todos.filter((t) => s.filter === "all" || t.done === (s.filter === "done")).map((t) => t.text));
