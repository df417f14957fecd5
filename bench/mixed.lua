-- Mixed load for wrk: every request a path picked at random from the file named by PATHS (one per line),
-- paced like paced.lua (RATE requests per second over CONNS connections) so that a soak measures the app at
-- a steady rate rather than the machine flat out.
local rate = tonumber(os.getenv("RATE") or "300")
local conns = tonumber(os.getenv("CONNS") or "32")
local gap = math.floor(conns * 1000 / rate + 0.5)
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  paths[#paths + 1] = line
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function delay()
  return gap
end
