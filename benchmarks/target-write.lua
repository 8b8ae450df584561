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

function request()
  counter = counter + 1
  local n = offset + tid * 2000 + counter
  local year = 2100 + math.floor(n / 12)
  local month = n % 12 + 1
  local body = string.format(
    '{"team":%s,"metric":"cac","period":"%04d-%02d","threshold":{"type":"AT_MOST","value":500},"ownerId":%s}',
    team, year, month, owner)
  return wrk.format(nil, nil, nil, body)
end
