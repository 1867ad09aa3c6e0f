const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const steps = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "2 minutes ago", "yesterday", "just now": the largest unit that fits. */
export function relativeTime(iso, now = Date.now()) {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Math.abs(seconds) < 10) return 'just now';
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return '';
}

/** Keeps every <time data-relative> under root ticking, so old entries age visibly on a wall screen. */
export function keepTicking(root, intervalMs = 5000) {
  const tick = () => {
    for (const node of root.querySelectorAll('time[data-relative]')) node.textContent = relativeTime(node.dateTime);
  };
  tick();
  return setInterval(tick, intervalMs);
}

export function relativeTimeElement(iso) {
  const node = document.createElement('time');
  node.dateTime = iso;
  node.dataset.relative = '';
  node.title = new Date(iso).toLocaleString();
  node.textContent = relativeTime(iso);
  return node;
}

export function shortDate(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Baghdad' });
}
