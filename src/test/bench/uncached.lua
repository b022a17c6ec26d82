-- wrk script: a new address for every request (an unused parameter), so that the cache never answers and each request
-- measures the whole rendering: database, Faces or JAX-RS.
counter = 0
math.randomseed(os.time())

request = function()
    counter = counter + 1
    local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format("GET", wrk.path .. separator .. "n=" .. counter .. "-" .. math.random(1000000000))
end
