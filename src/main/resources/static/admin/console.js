// Respondo's console: the pages behind the dashboard's overview, one per location hash (#/executions,
// #/executions/{id}, #/conversations, #/conversations/{id}). Each page is an entry of PAGES: a pattern and a render
// function that fills the page's element and may return a refresh to poll while it is shown (until it answers
// false). Uses dashboard.js's
// helpers (api, el, badge, time, say). Plain DOM, no build step.
'use strict';

const PAGE_EVERY_MS = 1500;
const OUTCOMES = ['REPLY', 'HANDOFF', 'CANNED', 'GREETING', 'SCHEDULE', 'CLOSE', 'DEFER', 'SKIP', 'REMOTE', 'START'];
const STATUSES = ['STARTED', 'COMPLETED', 'FAILED', 'STOPPED', 'STOPPING', 'ABANDONED', 'UNKNOWN'];

let pageTimer = null;

// Replaces the page's content with the sections given, leaving out the absent (null) ones.
function fill(page, ...sections) {
  page.replaceChildren(...sections.filter(section => section !== null && section !== undefined));
}

function link(href, text, attributes) {
  return el('a', Object.assign({ href }, attributes || {}), text);
}

function executionLink(id) {
  return link('#/executions/' + id, '#' + id, { 'data-execution': id });
}

function conversationLink(atendimento) {
  return link('#/conversations/' + encodeURIComponent(atendimento), atendimento, { 'data-conversation': atendimento });
}

function duration(start, end) {
  if (!start) {
    return '—';
  }
  const ms = (end ? new Date(end) : new Date()) - new Date(start);
  return ms < 1000 ? ms + ' ms' : ms < 120000 ? (ms / 1000).toFixed(1) + ' s' : Math.round(ms / 60000) + ' min';
}

function table(headers, rows, attributes) {
  return el('table', attributes || {},
    el('thead', {}, el('tr', {}, headers.map(header => el('th', {}, header)))),
    el('tbody', {}, rows.length > 0 ? rows
      : [el('tr', {}, el('td', { class: 'muted', colspan: headers.length }, 'Nothing to show.'))]));
}

function select(name, values, chosen, anyLabel) {
  return el('select', { name },
    el('option', { value: '' }, anyLabel),
    values.map(value => el('option', { value, selected: value === chosen }, value)));
}

function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== '') {
      search.set(name, value);
    }
  });
  const text = search.toString();
  return text ? '?' + text : '';
}

function hashParams() {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
}

// A form whose submission moves to the hash with its fields as parameters (the page reads them back).
function filterForm(path, fields) {
  return el('form', { class: 'filters', onsubmit: event => {
    event.preventDefault();
    const values = {};
    new FormData(event.target).forEach((value, name) => { values[name] = value; });
    window.location.hash = path + query(values);
  } }, fields, el('button', { class: 'primary', type: 'submit' }, 'Apply'));
}

// ---- executions

async function executionsPage(page) {
  const params = hashParams();
  const jobs = await api('GET', '/admin/jobs');
  page.replaceChildren(el('section', {}, el('h2', {}, 'Executions'),
    filterForm('#/executions', [
      select('job', jobs.map(job => job.name), params.get('job'), 'every job'),
      select('status', STATUSES, params.get('status'), 'any status')]),
    el('div', { id: 'executions-list' })));
  return async () => {
    const executions = await api('GET', '/admin/executions' + query({ job: params.get('job'),
      status: params.get('status'), limit: 50 }));
    document.getElementById('executions-list').replaceChildren(table(
      ['Execution', 'Job', 'Status', 'Trigger', 'Tenants', 'Started', 'Duration', 'Items'],
      executions.map(e => el('tr', { 'data-execution-row': e.id },
        el('td', {}, executionLink(e.id), e.dryRun ? el('span', { class: 'muted' }, ' dry run') : null),
        el('td', {}, e.job), el('td', {}, badge(e.status)), el('td', {}, e.trigger || '—'),
        el('td', {}, e.tenants.join(', ')), el('td', {}, time(e.startTime)),
        el('td', {}, duration(e.startTime, e.endTime)),
        el('td', {}, e.progress.done + ' of ' + e.progress.found)))));
  };
}

function stepRows(steps) {
  return steps.flatMap(step => [
    el('tr', { 'data-step': step.name },
      el('td', {}, el('strong', {}, step.name)), el('td', {}, badge(step.status)),
      el('td', {}, time(step.startTime)), el('td', {}, duration(step.startTime, step.endTime)),
      el('td', {}, step.readCount + ' / ' + step.writeCount + ' / ' + step.filterCount + ' / ' + step.skipCount),
      el('td', {}, step.done + ' of ' + step.found),
      el('td', { class: step.inFlight > 0 ? 'in-flight' : 'muted', 'data-in-flight': step.inFlight },
        step.inFlight > 0 ? step.inFlight + ' in this chunk' : '—')),
    ...step.partitions.map(partition => el('tr', { class: 'partition' },
      el('td', {}, '↳ ' + partition.tenant), el('td', {}, badge(partition.status)), el('td', {}), el('td', {}),
      el('td', {}, partition.readCount + ' / ' + partition.writeCount + ' / ' + partition.filterCount + ' / '
        + partition.skipCount),
      el('td', {}, partition.done + ' of ' + partition.found),
      el('td', { class: 'muted' }, partition.inFlight > 0 ? partition.inFlight + ' in this chunk' : '—')))]);
}

async function executionPage(page, id) {
  return async () => {
    const [execution, conversations] = await Promise.all([api('GET', '/admin/executions/' + id),
      api('GET', '/admin/executions/' + id + '/conversations')]);
    fill(page,
      el('section', { id: 'execution', 'data-status': execution.status },
        el('h2', {}, 'Execution #' + execution.id + ' · ' + execution.job + ' ', badge(execution.status)),
        el('p', { class: 'muted' }, (execution.trigger || 'unknown trigger') + (execution.dryRun ? ' · dry run' : '')
          + ' · tenants ' + execution.tenants.join(', ') + ' · started ' + time(execution.startTime)
          + ' · ended ' + time(execution.endTime) + ' · ' + duration(execution.startTime, execution.endTime)),
        execution.exitDescription ? el('p', { class: 'error-text' }, execution.exitDescription) : null,
        el('div', {},
          execution.running ? el('button', { class: 'danger', 'data-action': 'stop', onclick: () =>
            act('Stop of execution ' + id, 'POST', '/admin/executions/' + id + '/stop') }, 'Stop') : null,
          execution.status === 'FAILED' || execution.status === 'STOPPED' ? el('button', { 'data-action': 'restart',
            onclick: () => act('Restart of execution ' + id, 'POST', '/admin/executions/' + id + '/restart') },
          'Restart') : null)),
      el('section', {}, el('h2', {}, 'Steps'),
        table(['Step', 'Status', 'Started', 'Duration', 'Read / written / filtered / skipped', 'Done', 'In flight'],
          stepRows(execution.steps), { id: 'execution-steps' })),
      execution.errors.length > 0 ? el('section', {}, el('h2', {}, 'Errors'), el('ul', { class: 'plain' },
        execution.errors.map(error => el('li', {}, badge(error.status), ' ', el('strong', {}, error.step),
          error.tenant ? ' (' + error.tenant + ')' : '', ': ' + error.reason)))) : null,
      el('section', {}, el('h2', {}, 'Conversations handled (' + conversations.length + ')'),
        conversationTable(conversations, 'execution-conversations')));
    return execution.running;
  };
}

function conversationTable(conversations, id) {
  return table(['Conversation', 'Tenant', 'Outcome', 'Step', 'Basis', 'Confidence', 'Reason', 'When'],
    conversations.map(c => el('tr', {},
      el('td', {}, conversationLink(c.atendimento)), el('td', {}, c.tenant),
      el('td', {}, el('span', { class: 'badge kind-' + c.outcome }, c.outcome), ' ', badge(c.status)),
      el('td', {}, c.step), el('td', {}, c.basis || '—'), el('td', {}, confidence(c.confidence)),
      el('td', { class: 'reason' }, c.reason || '—'), el('td', {}, time(c.at)))), { id });
}

function confidence(value) {
  return typeof value === 'number' ? value.toFixed(2) : '—';
}

// ---- conversations

async function conversationsPage(page) {
  const params = hashParams();
  page.replaceChildren(el('section', {}, el('h2', {}, 'Conversations'),
    filterForm('#/conversations', [
      el('input', { name: 'q', type: 'search', value: params.get('q') || '', size: 36,
        placeholder: 'conversation id, protocol, customer name or phone' }),
      select('outcome', OUTCOMES, params.get('outcome'), 'any outcome'),
      el('input', { name: 'reason', type: 'search', value: params.get('reason') || '',
        placeholder: 'reason contains (e.g. a hand-off reason)' })]),
    el('div', { id: 'conversations-list' })));
  const conversations = await api('GET', '/admin/conversations' + query({ q: params.get('q'),
    outcome: params.get('outcome'), reason: params.get('reason'), limit: 100 }));
  document.getElementById('conversations-list').replaceChildren(
    conversationTable(conversations, 'conversations-table'));
  return null;
}

function decision(action) {
  const d = action.decision || {};
  const facts = [['basis', d.basis], ['confidence', confidence(d.confidence)], ['reason', d.reason],
    ['canned text', d.canned], ['attendant', d.attendant], ['slot', d.slot], ['follow-up', d.followUp],
    ['operation', d.operation]]
    .filter(([, value]) => value !== undefined && value !== null && value !== '—');
  return el('dl', { class: 'facts' }, facts.flatMap(([name, value]) => [el('dt', {}, name),
    el('dd', { 'data-fact': name }, String(value))]),
  Array.isArray(d.sources) && d.sources.length > 0 ? [el('dt', {}, 'sources'),
    el('dd', { 'data-fact': 'sources' }, el('ul', { class: 'sources' }, d.sources.map(s => el('li', {}, s))))] : []);
}

function llmCalls(calls) {
  if (calls.length === 0) {
    return null;
  }
  return table(['Prompt', 'Model', 'Prompt tokens', 'Completion tokens', 'Latency', 'When'],
    calls.map(call => el('tr', { 'data-llm-call': call.prompt }, el('td', {}, call.prompt), el('td', {}, call.model),
      el('td', {}, call.promptTokens), el('td', {}, call.completionTokens), el('td', {}, call.latencyMs + ' ms'),
      el('td', {}, time(call.at)))), { class: 'llm-calls' });
}

function money(cost) {
  if (!cost) {
    return '—';
  }
  return cost.currency + ' ' + Number(cost.amount).toFixed(4) + (cost.priced ? '' : ' (model not priced)');
}

// What the decision trace kept of one decision: the prompt and its version, the model, tokens and cost, and the
// model's raw answer. Every text is a text node (el), never markup: customer and LLM text cannot inject anything.
function llmAnswer(d) {
  if (!d.prompt) {
    return el('div', { class: 'muted', 'data-trace': 'no-llm' }, 'decided without an LLM call');
  }
  return el('div', { class: 'llm-answer' },
    el('dl', { class: 'facts' },
      el('dt', {}, 'prompt'), el('dd', { 'data-fact': 'prompt' }, d.prompt + ' · ' + d.promptVersion),
      el('dt', {}, 'model'), el('dd', { 'data-fact': 'model' }, d.model || '—'),
      el('dt', {}, 'tokens'), el('dd', { 'data-fact': 'tokens' }, d.tokens.promptTokens + ' prompt + '
        + d.tokens.completionTokens + ' completion' + (d.llmReused ? ' (asked by an earlier step)' : '')),
      el('dt', {}, 'cost'), el('dd', { 'data-fact': 'cost' }, money(d.cost))),
    el('details', { class: 'raw' }, el('summary', {}, 'raw LLM answer'),
      el('pre', { class: 'raw-answer' }, d.rawAnswer || '')));
}

function traceEntry(action, trace) {
  return el('li', { class: 'trace-entry', 'data-action': action.action, 'data-entry': action.id },
    el('div', { class: 'customer' }, el('span', { class: 'who' }, 'Customer'),
      el('span', { class: 'muted' }, ' message ' + action.mensagem),
      trace && trace.customerText ? el('blockquote', { class: 'customer-text' }, trace.customerText) : null),
    el('div', { class: 'bot' },
      el('div', {}, el('span', { class: 'who' }, 'Respondo · ' + action.step), ' ',
        el('span', { class: 'badge kind-' + action.action }, action.action), ' ', badge(action.status),
        el('span', { class: 'muted' }, ' · ' + time(action.sentAt || action.updatedAt)
          + (action.jobExecutionId ? ' · execution ' : '')), action.jobExecutionId
          ? executionLink(action.jobExecutionId) : null),
      action.text ? el('blockquote', { class: 'bot-text' }, action.text) : null,
      decision(action),
      trace ? llmAnswer(trace) : null,
      action.reason ? el('div', { class: 'muted' }, 'why: ' + action.reason) : null,
      action.error ? el('div', { class: 'error-text' }, 'error: ' + action.error + ' (' + action.attempts
        + ' attempt(s))') : null,
      llmCalls(action.llmCalls)));
}

// The trace of the ledger entry's decision: the same customer message, step and action.
function traceOf(decisions, action) {
  return decisions.find(d => d.mensagem === action.mensagem && d.step === action.step && d.action === action.action);
}

function totalCost(decisions) {
  const priced = decisions.filter(d => d.cost && !d.llmReused);
  if (priced.length === 0) {
    return '';
  }
  const sum = priced.reduce((total, d) => total + Number(d.cost.amount), 0);
  return ' · cost ' + priced[0].cost.currency + ' ' + sum.toFixed(4);
}

async function conversationPage(page, atendimento) {
  const c = await api('GET', '/admin/conversations/' + encodeURIComponent(atendimento));
  const data = c.collectedData || [];
  const decisions = c.decisions || [];
  fill(page,
    el('section', { id: 'conversation' },
      el('h2', {}, 'Conversation ' + c.atendimento),
      el('p', { class: 'muted' }, 'tenant ' + c.tenant + (c.protocol ? ' · protocol ' : ''),
        c.protocol ? el('span', { 'data-protocol': c.protocol }, c.protocol) : null,
        ' · ' + c.actions.length + ' action(s) · '
        + c.tokens.calls + ' LLM call(s), ' + c.tokens.promptTokens + ' prompt + ' + c.tokens.completionTokens
        + ' completion tokens' + totalCost(decisions)),
      el('ol', { class: 'trace' }, c.actions.map(action => traceEntry(action, traceOf(decisions, action))))),
    data.length > 0 ? el('section', {}, el('h2', {}, 'Customer data collected'),
      table(['When', 'Name', 'Phone', 'E-mail', 'Intent', 'Urgency', 'Sentiment', 'Summary'],
        data.map(row => el('tr', {}, el('td', {}, time(row.collectedAt)), el('td', {}, row.name || '—'),
          el('td', {}, row.phone || '—'), el('td', {}, row.email || '—'), el('td', {}, row.intent || '—'),
          el('td', {}, row.urgency || '—'), el('td', {}, row.sentiment || '—'), el('td', {}, row.summary || '—')))))
      : null,
    el('section', {}, el('h2', {}, 'Every LLM call'), llmCalls(c.llmCalls) || el('p', { class: 'muted' }, 'None.')));
  return null;
}

// ---- routing

const PAGES = [
  { pattern: /^#\/executions\/(\d+)$/, render: executionPage },
  { pattern: /^#\/executions(\?.*)?$/, render: executionsPage },
  { pattern: /^#\/conversations\/([^?]+)$/, render: (page, id) => conversationPage(page, decodeURIComponent(id)) },
  { pattern: /^#\/conversations(\?.*)?$/, render: conversationsPage }
];

async function route() {
  clearInterval(pageTimer);
  pageTimer = null;
  const hash = window.location.hash;
  const found = PAGES.map(entry => [entry, hash.match(entry.pattern)]).find(([, match]) => match);
  const overview = document.getElementById('overview');
  const page = document.getElementById('page');
  document.querySelectorAll('header nav a[data-nav]').forEach(a => {
    const href = a.getAttribute('href');
    a.classList.toggle('current', found ? href !== '#/' && hash.startsWith(href) : href === '#/');
  });
  overview.hidden = Boolean(found);
  page.hidden = !found;
  if (!found) {
    page.replaceChildren();
    return;
  }
  const [entry, match] = found;
  try {
    page.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    const refresh = await entry.render(page, match[1]);
    if (refresh) {
      // A refresh answers false once there is nothing left to follow (an execution that ended): polling stops.
      const run = () => refresh().then(follow => {
        if (follow === false) {
          clearInterval(pageTimer);
          pageTimer = null;
        }
        return follow;
      }).catch(error => say('Could not refresh: ' + error.message, true));
      if (await run() !== false) {
        pageTimer = setInterval(run, PAGE_EVERY_MS);
      }
    }
  } catch (error) {
    page.replaceChildren(el('p', { class: 'error-text' }, error.message));
  }
}

window.addEventListener('hashchange', route);
route();
