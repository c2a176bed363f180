-- Headless Neovim as a second real LSP client of the News Annotator server.
-- Run by test/neovim/neovim.test.ts:
--   NA_SERVER=dist/server.js NA_ARTICLE=file.txt NA_OUT=out.json NA_HOVER_LINE=4 NA_HOVER_CHAR=10 \
--     nvim --headless --noplugin -n -i NONE -u test/neovim/init.lua
-- Starts `node $NA_SERVER --stdio` through vim.lsp (the API Neovim 0.7+ has), opens the
-- article, asks for a hover at (NA_HOVER_LINE, NA_HOVER_CHAR) — zero-based, UTF-16 — and for
-- document symbols and full semantic tokens, writes every answer (or error) to NA_OUT as
-- JSON, and quits. Waits poll with vim.wait; a deadline bounds each step.
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'

local env = vim.env
local out = { steps = {}, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }
local deadline_ms = tonumber(env.NA_DEADLINE_MS or '20000')

local function finish(code)
  local f = io.open(env.NA_OUT, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

local function step(name, ok, detail)
  table.insert(out.steps, { name = name, ok = ok, detail = detail })
end

local function fail(name, detail)
  step(name, false, detail)
  finish(1)
end

if not (env.NA_SERVER and env.NA_ARTICLE and env.NA_OUT) then
  io.stderr:write('NA_SERVER, NA_ARTICLE and NA_OUT must be set\n')
  vim.cmd('cquit! 2')
end

local ok_run, run_err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.NA_ARTICLE))
  vim.bo.filetype = 'news-article'
  local bufnr = vim.api.nvim_get_current_buf()
  local server_log = {}

  local client_id = vim.lsp.start_client({
    name = 'news-annotator',
    cmd = { 'node', env.NA_SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(env.NA_ARTICLE, ':p:h'),
    handlers = {
      ['window/logMessage'] = function(_, result) table.insert(server_log, result.message) end,
      ['window/showMessage'] = function(_, result) table.insert(server_log, 'showMessage: ' .. result.message) end,
    },
  })
  if not client_id then return fail('start', 'vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local client
  local ready = vim.wait(deadline_ms, function()
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 50)
  if not ready then return fail('initialize', 'server did not finish initialize') end
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  step('initialize', true, { hover = caps.hoverProvider ~= nil and caps.hoverProvider ~= false, server = client.name })

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, params)
    local response = client.request_sync(method, params, deadline_ms, bufnr)
    if not response then return nil, 'no response within deadline' end
    if response.err then return nil, response.err.message or vim.inspect(response.err) end
    return response.result, nil
  end

  local hover, herr = request('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = tonumber(env.NA_HOVER_LINE or '0'), character = tonumber(env.NA_HOVER_CHAR or '0') },
  })
  out.hover = hover
  step('hover', herr == nil, herr)

  local symbols, serr = request('textDocument/documentSymbol', { textDocument = { uri = uri } })
  out.symbols = symbols
  step('documentSymbol', serr == nil, serr)

  local tokens, terr = request('textDocument/semanticTokens/full', { textDocument = { uri = uri } })
  out.tokenCount = tokens and tokens.data and (#tokens.data / 5) or nil
  step('semanticTokens/full', terr == nil, terr)

  out.serverLog = server_log
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  finish(0)
end)
if not ok_run then
  step('script', false, tostring(run_err))
  finish(1)
end
