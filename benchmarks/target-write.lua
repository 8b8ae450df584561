-- wrk script: each request creates a new KPI target (a real write: validation, access check, insert, audit entry).
-- Periods are unique per thread and run, so no two writes collide on the one-target-per-period rule.
-- Arguments (after --): team id, owner id, offset (so a warm-up and a measured run never reuse a period).
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  team = args[1]
  owner = args[2]
  offset = tonumber(args[3])
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

-- Ten metrics times twelve months a year from 2100 on: 50,000 distinct (metric, period) slots per thread.
local metrics = { "cac", "cpl", "cpa", "ltv", "arpv", "nps", "mrr", "arr", "acv", "lead_count" }

function request()
  counter = counter + 1
  local n = offset + tid * 50000 + counter
  local metric = metrics[n % 10 + 1]
  local slot = math.floor(n / 10)
  local year = 2100 + math.floor(slot / 12)
  local month = slot % 12 + 1
  local body = string.format(
    '{"team":%s,"metric":"%s","period":"%04d-%02d","threshold":{"type":"AT_MOST","value":500},"ownerId":%s}',
    team, metric, year, month, owner)
  return wrk.format(nil, nil, nil, body)
end
