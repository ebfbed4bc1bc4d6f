// Parsing an INI config and RFC-4180-style CSV (quoted fields, escaped quotes, embedded newlines).
const ini = `; comment
name = demo
[server]
host = localhost
port = 8080
debug = true

[paths]
root = /srv/app   ; trailing comment
empty =`;
function parseIni(text) {
  const result = {};
  let section = result;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s;.*$/, "").trim();
    if (!line || line.startsWith(";")) continue;
    const sec = line.match(/^\[(.+)\]$/);
    if (sec) { section = result[sec[1]] = {}; continue; }
    const [, key, value] = line.match(/^([^=]+?)\s*=\s*(.*)$/);
    section[key] = value === "true" ? true : value === "false" ? false : /^\d+$/.test(value) ? Number(value) : value;
  }
  return result;
}
console.log(JSON.stringify(parseIni(ini)));
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; }
    else if (c === ",") { row.push(field); field = ""; i++; }
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) { row.push(field); rows.push(row); row = []; field = ""; i += c === "\r" ? 2 : 1; }
    else { field += c; i++; }
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const csv = 'id,name,note\r\n1,"Smith, J","said ""hi"""\n2,Lee,"multi\nline"\n3,,\n';
const [header, ...rows] = parseCsv(csv);
console.log(header, rows.length);
for (const r of rows) console.log(JSON.stringify(Object.fromEntries(header.map((h, i) => [h, r[i]]))));
