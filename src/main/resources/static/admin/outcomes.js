// The dashboard's outcomes panel: for each tenant of the jobs, GET /admin/outcomes (the last 24 hours) every minute,
// one table row each, and links to the newest replay reports (GET /admin/replays). Its own file, apart from
// dashboard.js; plain DOM, no build step.
'use strict';

(function () {
  const EVERY_MS = 60000;

  async function get(path) {
    const response = await fetch(new URL(path, window.location.origin).toString(),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(path + ': HTTP ' + response.status);
    }
    return response.json();
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + ' %';
  }

  function cell(text, title) {
    const td = document.createElement('td');
    td.textContent = text;
    if (title) {
      td.title = title;
    }
    return td;
  }

  function row(report) {
    const tr = document.createElement('tr');
    const r = report.automatedResolution;
    const c = report.containment;
    const h = report.handoffs;
    const reasons = Object.entries(h.byReason).filter(([, count]) => count > 0)
      .map(([reason, count]) => reason.toLowerCase().replace('_', ' ') + ' ' + count).join(', ');
    const median = report.firstAnswer.medianSeconds;
    const csat = report.satisfaction;
    tr.append(
      cell(report.tenant),
      cell(String(report.conversations.touched),
        report.conversations.read + ' read from TempBox, ' + report.conversations.unreadable + ' unreadable'),
      cell(percent(r.rate), r.resolved + ' resolved, ' + r.reopened + ' reopened, ' + r.awaitingWindow
        + ' within 72 h, ' + r.withPerson + ' with a person, ' + r.open + ' open'),
      cell(percent(c.rate), c.contained + ' contained, ' + c.escalated + ' escalated, ' + c.undecided + ' undecided'),
      cell(percent(h.rate) + (reasons ? ' (' + reasons + ')' : '')),
      cell(median === null ? '–' : median + ' s', report.firstAnswer.answered + ' first answers'),
      cell(report.llmCost.currency + ' ' + Number(report.llmCost.amount).toFixed(4),
        report.llmCost.calls + ' calls, ' + report.llmCost.inputTokens + ' in / ' + report.llmCost.outputTokens
        + ' out tokens'),
      cell(csat.average === null ? (csat.asked ? 'no answer yet' : 'not asked') : csat.average + ' / 5',
        csat.answers + ' answers'));
    return tr;
  }

  const REPLAYS_LISTED = 5;

  function replayItem(report) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = '/admin/replays/' + encodeURIComponent(report.name) + '.html';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = report.tenant + ', ' + report.generatedAt;
    li.append(link, document.createTextNode(report.turns < 0 ? ''
      : ': ' + report.turns + ' turns, ' + report.agreements + ' agreements'));
    return li;
  }

  async function refreshReplays() {
    const list = document.querySelector('#replays');
    if (!list) {
      return;
    }
    try {
      const reports = await get('/admin/replays?limit=' + REPLAYS_LISTED);
      list.replaceChildren(...(reports.length ? reports.map(replayItem)
        : [Object.assign(document.createElement('li'), { textContent: 'none yet (--replay writes them)' })]));
    } catch (error) {
      list.replaceChildren();
    }
  }

  async function refresh() {
    refreshReplays();
    const body = document.querySelector('#outcomes tbody');
    if (!body) {
      return;
    }
    try {
      const jobs = await get('/admin/jobs');
      const tenants = [...new Set(jobs.flatMap(job => job.tenants || []))];
      const reports = await Promise.all(tenants.map(tenant =>
        get('/admin/outcomes?tenant=' + encodeURIComponent(tenant)).catch(() => null)));
      body.replaceChildren(...reports.filter(report => report !== null).map(row));
    } catch (error) {
      body.replaceChildren();
    }
  }

  refresh();
  setInterval(refresh, EVERY_MS);
}());
