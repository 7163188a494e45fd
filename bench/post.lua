-- POSTs profiles with distinct ids: a per-connection counter and a random prefix per run.
local prefix = tostring(math.random(1, 1000000000))
local counter = 0

request = function()
  counter = counter + 1
  local body = '{"id":"' .. prefix .. "-" .. counter .. '","name":"Bench"}'
  return wrk.format("POST", "/profiles/", { ["Content-Type"] = "application/json" }, body)
end
