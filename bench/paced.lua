-- Paces wrk (which has no rate option): each connection waits so that all of them together ask for about
-- RATE requests per second. wrk measures latency from each request's send, so the wait is not counted.
local rate = tonumber(os.getenv("RATE") or "1000")
local conns = tonumber(os.getenv("CONNS") or "32")
local gap = math.floor(conns * 1000 / rate + 0.5)

function delay()
  return gap
end
