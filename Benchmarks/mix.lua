-- wrk script for the soak: cycles GET /healthz, GET /guide/allsoft and POST /identify.
local requests = {}
local counter = 0

function init(args)
    requests[1] = wrk.format("GET", "/healthz")
    requests[2] = wrk.format("GET", "/guide/allsoft")
    requests[3] = wrk.format("POST", "/identify", { ["Content-Type"] = "application/json" }, '{"query":"22122857"}')
end

function request()
    counter = counter + 1
    return requests[(counter % 3) + 1]
end
