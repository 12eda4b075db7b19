// In-page instruments for the canvas benchmark (bench/canvas.bench.ts), plain JS so
// it reaches the page untouched by the TypeScript loader. "Painted" means: the next
// animation frame after the change, plus a message posted from it (which runs once
// that frame's style, layout and paint are done), so a measurement covers the whole
// frame's work.
(() => {
const w = window;
const afterPaint = (then) =>
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => then(performance.now());
    ch.port2.postMessage(0);
  });
const frame = () => new Promise((r) => afterPaint(r));
let keyAt = null;
let moveAt = null;
let dragging = false;
// Frames are counted while typing or dragging: the gap between two animation frames is
// one display refresh (16.7 ms at 60 Hz) unless the main thread made the page miss one.
let ticking = false;
let lastFrame = 0;
let intervals = [];
let longTasks = [];
const drag = [];
const observer = new PerformanceObserver((list) => {
  if (ticking) for (const e of list.getEntries()) longTasks.push(e.duration);
});
observer.observe({ entryTypes: ['longtask'] });
document.addEventListener('keydown', (e) => (keyAt = e.timeStamp), true);
document.addEventListener(
  'pointermove',
  (e) => {
    if (!dragging || moveAt !== null) return;
    moveAt = e.timeStamp;
    afterPaint((t) => {
      drag.push(t - moveAt);
      moveAt = null;
    });
  },
  true,
);
const tick = (t) => {
  if (!ticking) return;
  if (lastFrame) intervals.push(t - lastFrame);
  lastFrame = t;
  requestAnimationFrame(tick);
};
const startFrames = () => {
  ticking = true;
  lastFrame = 0;
  intervals = [];
  longTasks = [];
  requestAnimationFrame(tick);
};
const stopFrames = () => {
  ticking = false;
  return { intervals, longTasks };
};
w.__bench = {
  async open(p) {
    const t0 = performance.now();
    window.__chflow.load(p);
    const want = window.__chflow.sql();
    // Both halves are up: nodes on the canvas and the whole script in the editor.
    for (;;) {
      const t = await frame();
      if (document.querySelector('.react-flow__node') && window.__chflow.editorText() === want) return t - t0;
    }
  },
  nodeInView(skip) {
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const inView = [...document.querySelectorAll('.react-flow__node:not(.react-flow__node-kafkaTopic)')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left > pane.left + 20 && r.right < pane.right - 180 && r.top > pane.top + 20 && r.bottom < pane.bottom - 20;
    });
    const el = inView[skip] ?? inView[0];
    if (!el) throw new Error('no node in view');
    return el.dataset.id;
  },
  keys: [],
  startKeys() {
    w.__chflowOnEditorChange = () => {
      const at = keyAt;
      if (at === null) return;
      keyAt = null;
      afterPaint((t) => w.__bench.keys.push(t - at));
    };
    startFrames();
  },
  stopKeys() {
    w.__chflowOnEditorChange = undefined;
    return { key: w.__bench.keys, ...stopFrames() };
  },
  startDrag() {
    dragging = true;
    startFrames();
  },
  stopDrag() {
    dragging = false;
    return { drag, ...stopFrames() };
  },
};
})();
