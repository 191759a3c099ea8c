-- wrk script for bench/run.sh: rotates pre-built drafts (each with its own CSRF cookie and token)
-- over the requests, counts the statuses, and prints one line for the case.
-- Environment: BENCH_NAME, BENCH_MODE (anon | get | post), BENCH_PATH, BENCH_BODY (extra form fields),
-- BENCH_DRAFTS (file from MakeDrafts.java), BENCH_OFFSET (first draft), BENCH_THREADS (wrk -t).
local name = os.getenv("BENCH_NAME") or "case"
local mode = os.getenv("BENCH_MODE") or "anon"
local path = os.getenv("BENCH_PATH") or "/"
local extra = os.getenv("BENCH_BODY") or ""
local file = os.getenv("BENCH_DRAFTS")
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
local unique = os.getenv("BENCH_UNIQUE") == "1"

local threads = {}
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local drafts = {}
local idx = 1
statuses = {}
wraps = 0

function init(args)
  if file and file ~= "" then
    for line in io.lines(file) do
      local d, c, t = line:match("^(%S+) (%S+) (%S+)$")
      if d then table.insert(drafts, {d, c, t}) end
    end
  end
  idx = offset + id + 1
end

function request()
  if mode == "anon" then
    return wrk.format("GET", path)
  end
  if idx > #drafts then
    idx = ((idx - 1) % #drafts) + 1
    wraps = wraps + 1
  end
  local d = drafts[idx]
  idx = idx + nthreads
  local headers = { ["Cookie"] = "portal-draft=" .. d[1] .. "; portal-csrf=" .. d[2] }
  if mode == "get" then
    return wrk.format("GET", path, headers)
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  local body = "csrfToken=" .. d[3]
  if extra ~= "" then body = body .. "&" .. extra end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  local wrapped = 0
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do counts[k] = (counts[k] or 0) + v end
    wrapped = wrapped + (t:get("wraps") or 0)
  end
  local keys = {}
  for k in pairs(counts) do table.insert(keys, k) end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do table.insert(parts, k .. ":" .. counts[k]) end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %-34s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  statuses %s  socket-errors %d%s\n",
    name, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, table.concat(parts, " "), errors,
    (unique and wrapped > 0) and "  (drafts reused: too few built)" or ""))
  io.write(string.format("REQUESTS %d\n", summary.requests))
end
