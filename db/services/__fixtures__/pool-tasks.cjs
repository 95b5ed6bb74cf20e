// A stand-in task module for db/services/cpu-pool.test.ts: the pool's own behaviour (queue bound,
// dead workers) without the real tasks. `fit` answers with its thread id, after blocking
// `block` ms, or kills its worker half way when asked to.
const { threadId } = require("node:worker_threads");

exports.fit = async function fit(arg) {
  if (arg.exitAfter !== undefined) {
    setTimeout(() => process.exit(3), arg.exitAfter);
    await new Promise((r) => setTimeout(r, 10_000));
  }
  const end = Date.now() + (arg.block ?? 0);
  while (Date.now() < end) { /* busy, like a bootstrap */ }
  return { threadId, value: arg.value };
};
