-- Drives Neovim 0.7 (headless) as an OPL author would: open a schema with
-- `opl lsp` attached, wait for its diagnostics, type a mistake, wait for the
-- new ones, ask for completion. Writes what it saw to $OPL_NVIM_OUT (JSON).
-- Neovim 0.7 has vim.lsp.start_client and buf_attach_client (no vim.lsp.start).
local out_path = os.getenv("OPL_NVIM_OUT")
local file = os.getenv("OPL_NVIM_FILE")
local server = vim.fn.json_decode(os.getenv("OPL_NVIM_SERVER"))
local result = {}

local function finish()
  local fh = io.open(out_path, "w")
  fh:write(vim.fn.json_encode(result))
  fh:close()
  vim.cmd("qa!")
end

local function snapshot()
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(items, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, code = d.code })
  end
  table.sort(items, function(a, b) return a.line < b.line or (a.line == b.line and a.col < b.col) end)
  return items
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local client_id = vim.lsp.start_client({
  name = "opl",
  cmd = server,
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
vim.lsp.buf_attach_client(0, client_id)

local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 20)
result.first = snapshot()
result.first_ok = ok

-- type a misspelled relation on the line that holds `this.related.owners`
local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
for i, line in ipairs(lines) do
  local s = line:find("this.related.owners", 1, true)
  if s then
    vim.api.nvim_buf_set_text(0, i - 1, s - 1 + #"this.related.", i - 1, s - 1 + #"this.related.owners", { "ownerz" })
    result.edited_line = i - 1
    break
  end
end
ok = vim.wait(30000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.message:find("ownerz", 1, true) then return true end
  end
  return false
end, 20)
result.after_edit = snapshot()
result.after_edit_ok = ok

-- completion after `this.related.` on that line
local row = result.edited_line
local text = vim.api.nvim_buf_get_lines(0, row, row + 1, false)[1]
local col = text:find("this.related.", 1, true) - 1 + #"this.related."
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = row, character = col } }
local responses = vim.lsp.buf_request_sync(0, "textDocument/completion", params, 20000)
result.completion = {}
for _, r in pairs(responses or {}) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
end
vim.lsp.stop_client(client_id)
finish()
