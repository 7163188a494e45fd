-- POSTs profiles with ids no run has used: a prefix naming the run (passed after `--` by
-- bench/http.sh), a number per wrk thread, and a counter. LuaJIT's math.random is not seeded,
-- so a random prefix would repeat in every run and turn most POSTs into 400 "already exists".
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local prefix
function init(args)
  prefix = (args[1] or tostring(os.time())) .. "-" .. tid
end

local counter = 0
request = function()
  counter = counter + 1
  local body = '{"id":"' .. prefix .. "-" .. counter .. '","name":"Bench"}'
  return wrk.format("POST", "/profiles/", { ["Content-Type"] = "application/json" }, body)
end
