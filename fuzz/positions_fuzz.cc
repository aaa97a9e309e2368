// Fuzzes the positions layer: any text as one document with one sentence per line and
// every capitalised word as an entity. Offsets must stay inside the text; only
// dossier::Error may come out.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dossier/error.h"
#include "dossier/positions.h"
#include "dossier/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dossier::Document d;
  d.text = dossier::utf8::repair(std::string(reinterpret_cast<const char*>(data), size)).text;
  d.dct.value = "2010-01-01";
  dossier::utf8::OffsetMap map(d.text);
  size_t start = 0;
  for (size_t i = 0; i <= d.text.size(); ++i) {
    if (i < d.text.size() && d.text[i] != '\n') continue;
    d.sentences.push_back({static_cast<int64_t>(map.to_cp(start)), static_cast<int64_t>(map.to_cp(i))});
    start = i + 1;
  }
  d.entities.emplace();
  for (size_t i = 0; i < d.text.size(); ++i) {
    if (d.text[i] < 'A' || d.text[i] > 'Z' || (i > 0 && std::isalpha(static_cast<unsigned char>(d.text[i - 1])))) continue;
    size_t e = i;
    while (e < d.text.size() && std::isalpha(static_cast<unsigned char>(d.text[e]))) ++e;
    dossier::Entity ent;
    ent.id = "e" + std::to_string(d.entities->size() + 1);
    ent.name = d.text.substr(i, e - i);
    ent.type = d.entities->size() % 2 ? "PERSON" : "GPE";
    ent.mentions.push_back({static_cast<int64_t>(map.to_cp(i)), static_cast<int64_t>(map.to_cp(e))});
    d.entities->push_back(ent);
  }
  try {
    auto ps = dossier::find_positions(d);
    int64_t n = static_cast<int64_t>(map.cp_size());
    for (const auto& p : ps)
      if (p.evidence.start < 0 || p.evidence.end > n || p.evidence.start > p.evidence.end) std::abort();
    dossier::PositionDiffer differ(dossier::Selection{}, dossier::Selection{});
    differ.add(d, ps);
    (void)dossier::diff_svg(differ.diffs(), {}, {});
  } catch (const dossier::Error&) {
  }
  return 0;
}
