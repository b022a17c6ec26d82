-- Casts ballots as members' browsers do: POST /api/scoring/ballots with the bodies of ballots.txt (one a line), from
-- line FROM on, each of wrk's THREADS threads taking every THREADS-th line; after the last line, from the first again,
-- with another score of the first criterion, so that a revision writes too. Prints how many answers did not count.
--   wrk -t THREADS ... -s cast.lua URL -- ballots.txt FROM THREADS
local threads = {}
local count = 0

function setup(thread)
    thread:set("index", count)
    count = count + 1
    table.insert(threads, thread)
end

function init(args)
    local from, step = tonumber(args[2]), tonumber(args[3])
    bodies, refused = {}, 0
    local line = 0
    for body in io.lines(args[1]) do
        if line % step == index then
            table.insert(bodies, body)
        end
        line = line + 1
    end
    local first = math.floor(from / step)
    nextBody, pass = first % #bodies + 1, math.floor(first / #bodies)
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
end

function request()
    local body = bodies[nextBody]
    nextBody = nextBody + 1
    if nextBody > #bodies then
        nextBody, pass = 1, pass + 1
    end
    if pass > 0 then
        body = body:gsub('"ARTISTIC_MERIT":(%d+)', function(score)
            return '"ARTISTIC_MERIT":' .. ((tonumber(score) + pass - 1) % 10 + 1)
        end)
    end
    return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
    if status ~= 200 or not body:find('"counted":true', 1, true) then
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("refused")
    end
    io.write(string.format("not counted: %d\n", total))
end
