// Respondo's dashboard: polls the admin API (same origin, the browser's HTTP Basic credentials) and renders the
// overview: the jobs with live progress, the circuit breakers, the latest errors, the backlog and two hourly charts.
// Its helpers (api, el, badge, time, say, act) serve console.js's pages too. Plain DOM, no build step.
'use strict';

const JOBS_EVERY_MS = 1500;
const STATUS_EVERY_MS = 5000;
const CHARTS_EVERY_MS = 30000;
const KIND_COLOURS = {
  GREETING: '#8b5cf6', CANNED: '#0ea5e9', REPLY: '#2563eb', HANDOFF: '#f59e0b', SCHEDULE: '#10b981', CLOSE: '#6b7280'
};
const KIND_LABELS = {
  GREETING: 'greeting', CANNED: 'canned', REPLY: 'reply', HANDOFF: 'handoff', SCHEDULE: 'scheduled', CLOSE: 'closed'
};
const SVG = 'http://www.w3.org/2000/svg';

// Absolute URLs on the page's origin: a page opened with credentials in its URL cannot fetch relative URLs.
function url(path) {
  return new URL(path, window.location.origin).toString();
}

// The CSRF token the dashboard's page handed out (cookie XSRF-TOKEN): every change sends it back in a header, which
// another site's page cannot do.
function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

async function api(method, path, body) {
  const options = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (method !== 'GET' && csrfToken()) {
    options.headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(url(path), options);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = data && (data.detail || data.title) ? (data.detail || data.title) : response.statusText;
    throw new Error(detail);
  }
  return data;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else if (name === 'style') {
      node.style.cssText = value; // through the CSSOM: the Content-Security-Policy refuses style attributes
    } else if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function time(value) {
  return value ? new Date(value).toLocaleString() : '—';
}

function badge(status) {
  return el('span', { class: 'badge status-' + status, 'data-status': status }, status);
}

function say(text, error) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.className = error ? 'error' : '';
  message.hidden = false;
}

async function act(label, method, path, body) {
  try {
    const result = await api(method, path, body);
    say(label + (result && result.executionId ? ': execution ' + result.executionId : '') + '.');
    await refreshJobs();
  } catch (error) {
    say(label + ' failed: ' + error.message, true);
  }
}

// ---- jobs

function schedule(job) {
  const text = job.schedule.cron ? 'cron ' + job.schedule.cron : 'every ' + job.schedule.fixedDelay
    .replace('PT', '').toLowerCase();
  return el('div', {},
    el('div', {}, text),
    el('div', { class: 'muted' }, job.enabled ? 'next: ' + (job.nextRun ? time(job.nextRun) : '—') : 'paused'));
}

function progress(last) {
  if (!last) {
    return el('span', { class: 'muted' }, 'never ran');
  }
  const percent = last.progress.percent;
  const kind = last.status === 'COMPLETED' ? 'done' : (last.running ? '' : 'bad');
  return el('div', {},
    el('div', { class: 'progress ' + kind, 'data-percent': percent, title: percent + '%' },
      el('div', { style: 'width:' + percent + '%' })),
    el('div', { class: 'muted' }, last.progress.done + ' of ' + last.progress.found + ' items · step '
      + Math.min(last.progress.stepsCompleted + (last.running ? 1 : 0), last.progress.steps) + '/'
      + last.progress.steps));
}

function steps(last) {
  if (!last || last.steps.length === 0) {
    return el('span', { class: 'muted' }, '—');
  }
  return el('div', { class: 'steps' }, last.steps.map(step => el('div', { 'data-step': step.name },
    el('strong', {}, step.name), ' ', step.read + ' / ' + step.written + ' / ' + step.filtered + ' / '
    + step.skipped + ' / ' + step.failed,
    step.inFlight > 0 ? el('span', { class: 'in-flight', 'data-in-flight': step.inFlight },
      ' +' + step.inFlight + ' in this chunk') : null)));
}

function lastExecution(last) {
  if (!last) {
    return badge('NONE');
  }
  return el('div', {},
    badge(last.status), ' ', el('a', { href: '#/executions/' + last.id, class: 'muted', 'data-execution': last.id },
      '#' + last.id + (last.dryRun ? ' dry run' : '')),
    el('div', { class: 'muted' }, (last.trigger || '') + ' · ' + time(last.startTime)),
    last.errors > 0 ? el('div', { class: 'muted' }, last.errors + ' error(s)') : null);
}

function actions(job) {
  const last = job.lastExecution;
  const name = encodeURIComponent(job.name);
  return el('div', {},
    el('button', { class: 'primary', 'data-action': 'launch', onclick: () =>
      act('Launch of ' + job.name, 'POST', '/admin/jobs/' + name + '/executions') }, 'Launch'),
    el('button', { 'data-action': 'dry-run', onclick: () =>
      act('Dry run of ' + job.name, 'POST', '/admin/jobs/' + name + '/executions?dryRun=true') }, 'Dry run'),
    last && last.running ? el('button', { class: 'danger', 'data-action': 'stop', onclick: () =>
      act('Stop of execution ' + last.id, 'POST', '/admin/executions/' + last.id + '/stop') }, 'Stop') : null,
    last && (last.status === 'FAILED' || last.status === 'STOPPED') ? el('button', { 'data-action': 'restart',
      onclick: () => act('Restart of execution ' + last.id, 'POST', '/admin/executions/' + last.id + '/restart') },
      'Restart') : null,
    el('button', { 'data-action': job.enabled ? 'pause' : 'resume', onclick: () =>
      act((job.enabled ? 'Pause' : 'Resume') + ' of ' + job.name, 'PUT', '/admin/jobs/' + name + '/enabled',
        { enabled: !job.enabled }) }, job.enabled ? 'Pause' : 'Resume'));
}

async function refreshJobs() {
  const jobs = await api('GET', '/admin/jobs');
  const body = document.querySelector('#jobs tbody');
  body.replaceChildren(...jobs.map(job => el('tr', { 'data-job': job.name },
    el('td', {}, el('strong', {}, job.name), el('div', { class: 'muted' }, job.description),
      el('div', { class: 'muted' }, job.tenants.join(', '))),
    el('td', {}, schedule(job)),
    el('td', { class: 'last' }, lastExecution(job.lastExecution)),
    el('td', {}, progress(job.lastExecution)),
    el('td', {}, steps(job.lastExecution)),
    el('td', {}, actions(job)))));
  document.getElementById('refreshed').textContent = 'Updated ' + new Date().toLocaleTimeString();
}

// ---- breakers and errors

async function refreshStatus() {
  const [breakers, errors] = await Promise.all([api('GET', '/admin/breakers'), api('GET', '/admin/errors?limit=8')]);
  document.getElementById('breakers').replaceChildren(...(breakers.length === 0
    ? [el('li', { class: 'muted' }, 'No circuit breaker has been used yet.')]
    : breakers.map(b => el('li', { 'data-breaker': b.name, 'data-state': b.state }, badge(b.state), ' ',
      el('strong', {}, b.name),
      el('span', { class: 'muted' }, ' · failure rate ' + (b.failureRate < 0 ? '—' : b.failureRate.toFixed(0) + '%')
        + ' · ' + b.bufferedCalls + ' calls')))));
  const items = errors.executions.map(e => el('li', {}, badge(e.status), ' ', el('strong', {}, e.job + ' #' + e.id),
    el('span', { class: 'muted' }, ' · ' + time(e.endTime)),
    e.errors.map(error => el('div', { class: 'muted' }, error.step + (error.tenant ? ' (' + error.tenant + ')' : '')
      + ': ' + error.reason))))
    .concat(errors.actions.map(a => el('li', {}, badge('FAILED'), ' ', el('strong', {}, a.step + ' ' + a.action),
      el('span', { class: 'muted' }, ' · ' + a.tenant + ' · ' + time(a.at)),
      el('div', { class: 'muted' }, (a.error || '') + ' (conversation ' + a.atendimento + ')'))));
  document.getElementById('errors').replaceChildren(...(items.length === 0
    ? [el('li', { class: 'muted' }, 'No errors.')] : items));
}

// ---- backlog

async function refreshBacklog() {
  const rows = await api('GET', '/admin/backlog');
  const head = el('thead', {}, el('tr', {}, ['Tenant', 'Step', 'Found, not yet done (running)',
    'Intents not yet confirmed', 'Deferred to a later run'].map(header => el('th', {}, header))));
  const body = el('tbody', {}, rows.length === 0
    ? [el('tr', {}, el('td', { class: 'muted', colspan: 5 }, 'Nothing waiting.'))]
    : rows.map(row => el('tr', { 'data-backlog': row.tenant + '/' + row.step },
      el('td', {}, row.tenant), el('td', {}, row.step), el('td', {}, row.inRun), el('td', {}, row.intents),
      el('td', {}, row.deferred))));
  document.getElementById('backlog').replaceChildren(el('table', {}, head, body));
}

// ---- charts (SVG, drawn here)

function hoursSince(since) {
  const start = new Date(since).getTime();
  const hours = [];
  for (let t = start; t <= Date.now(); t += 3600000) {
    hours.push(t);
  }
  return hours;
}

function axis(chart, width, height, pad, max, hours) {
  chart.append(svg('line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom,
    stroke: '#cbd5e1' }));
  chart.append(svg('text', { x: pad.left - 6, y: pad.top + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#6b7280' },
    max));
  chart.append(svg('text', { x: pad.left - 6, y: height - pad.bottom, 'text-anchor': 'end', 'font-size': 10,
    fill: '#6b7280' }, 0));
  const step = Math.max(1, Math.ceil(hours.length / 8));
  const slot = (width - pad.left - pad.right) / hours.length;
  hours.forEach((hour, i) => {
    if (i % step === 0) {
      chart.append(svg('text', { x: pad.left + i * slot + slot / 2, y: height - 6, 'text-anchor': 'middle',
        'font-size': 10, fill: '#6b7280' }, new Date(hour).getHours() + 'h'));
    }
  });
  return slot;
}

function legend(entries) {
  return el('div', { class: 'legend' }, entries.map(([label, colour]) =>
    el('span', {}, el('i', { style: 'background:' + colour }), label)));
}

async function refreshAnswers() {
  const data = await api('GET', '/admin/stats/answers?hours=24');
  const hours = hoursSince(data.since);
  const byHour = new Map(data.hours.map(h => [new Date(h.hour).getTime(), h.counts]));
  const totals = hours.map(h => data.kinds.reduce((sum, k) => sum + ((byHour.get(h) || {})[k] || 0), 0));
  const max = Math.max(1, ...totals);
  const width = 600, height = 220, pad = { top: 10, right: 10, bottom: 22, left: 36 };
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Answers per hour' });
  const slot = axis(chart, width, height, pad, max, hours);
  const scale = (height - pad.top - pad.bottom) / max;
  hours.forEach((hour, i) => {
    let y = height - pad.bottom;
    data.kinds.forEach(kind => {
      const count = (byHour.get(hour) || {})[kind] || 0;
      if (count > 0) {
        y -= count * scale;
        chart.append(svg('rect', { x: pad.left + i * slot + 2, y, width: Math.max(1, slot - 4), height: count * scale,
          fill: KIND_COLOURS[kind], 'data-kind': kind }, svg('title', {}, KIND_LABELS[kind] + ': ' + count)));
      }
    });
  });
  document.getElementById('answers-chart').replaceChildren(chart,
    legend(data.kinds.map(k => [KIND_LABELS[k], KIND_COLOURS[k]])));
}

async function refreshLlm() {
  const data = await api('GET', '/admin/stats/llm?hours=24');
  const hours = hoursSince(data.since);
  const byHour = new Map(data.hours.map(h => [new Date(h.hour).getTime(), h]));
  const tokens = hours.map(h => byHour.has(h) ? byHour.get(h).promptTokens + byHour.get(h).completionTokens : 0);
  const latency = hours.map(h => byHour.has(h) ? byHour.get(h).averageLatencyMs : null);
  const maxTokens = Math.max(1, ...tokens);
  const maxLatency = Math.max(1, ...latency.filter(v => v !== null));
  const width = 600, height = 220, pad = { top: 10, right: 44, bottom: 22, left: 44 };
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'LLM per hour' });
  const slot = axis(chart, width, height, pad, maxTokens, hours);
  const inner = height - pad.top - pad.bottom;
  hours.forEach((hour, i) => {
    if (tokens[i] > 0) {
      const h = tokens[i] * inner / maxTokens;
      chart.append(svg('rect', { x: pad.left + i * slot + 2, y: height - pad.bottom - h, width: Math.max(1, slot - 4),
        height: h, fill: '#93c5fd', 'data-series': 'tokens' }, svg('title', {}, tokens[i] + ' tokens')));
    }
  });
  const points = latency.map((v, i) => v === null ? null
    : [pad.left + i * slot + slot / 2, height - pad.bottom - v * inner / maxLatency]).filter(p => p !== null);
  if (points.length > 0) {
    chart.append(svg('polyline', { points: points.map(p => p.join(',')).join(' '), fill: 'none', stroke: '#dc2626',
      'stroke-width': 2, 'data-series': 'latency' }));
    points.forEach(p => chart.append(svg('circle', { cx: p[0], cy: p[1], r: 3, fill: '#dc2626' })));
  }
  chart.append(svg('text', { x: width - pad.right + 6, y: pad.top + 4, 'font-size': 10, fill: '#dc2626' },
    maxLatency + ' ms'));
  document.getElementById('llm-chart').replaceChildren(chart,
    legend([['tokens (prompt + completion)', '#93c5fd'], ['average latency', '#dc2626']]));
}

// ---- polling

function every(ms, refresh) {
  const run = () => refresh().catch(error => say('Could not refresh: ' + error.message, true));
  run();
  return setInterval(run, ms);
}

every(JOBS_EVERY_MS, refreshJobs);
every(STATUS_EVERY_MS, () => Promise.all([refreshStatus(), refreshBacklog()]));
every(CHARTS_EVERY_MS, () => Promise.all([refreshAnswers(), refreshLlm()]));
