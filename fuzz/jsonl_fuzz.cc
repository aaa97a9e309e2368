// Fuzzes the record reader and writer: any line through JSON parsing and the document
// model. Only dossier::Error may come out; the fast reader (parse_document) must agree
// with the reference reader (parse_line + document_from_json) on the document or on the
// error; the fast writer must write what nlohmann writes, and nlohmann must read it back
// to the same value. The raw bytes as a string must be escaped as nlohmann escapes them.
// A line the reader of the writer's form accepts must come back byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dossier/document.h"
#include "dossier/error.h"
#include "dossier/jsonl.h"

namespace {

std::string reference(std::string_view line, nlohmann::json& as_json) {
  try {
    dossier::Document d = dossier::document_from_json(dossier::jsonl::parse_line(line, "fuzz.jsonl", 1));
    as_json = d;
    (void)dossier::span_text(d.text, d.sentences.empty() ? dossier::Span{} : d.sentences.front());
    return dossier::jsonl::dump_line(as_json);
  } catch (const dossier::Error& e) {
    return std::string("error: ") + e.what() + "@" + e.file() + ":" + std::to_string(e.line());
  }
}

std::string fast(std::string_view line) {
  try {
    return dossier::jsonl::dump_line(dossier::jsonl::parse_document(line, "fuzz.jsonl", 1));
  } catch (const dossier::Error& e) {
    return std::string("error: ") + e.what() + "@" + e.file() + ":" + std::to_string(e.line());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  nlohmann::json as_json;
  std::string ref = reference(line, as_json);
  if (fast(line) != ref) std::abort();
  if (!as_json.is_null()) {
    // The reference document written by the fast writer: nlohmann reads back the same.
    dossier::Document d = dossier::document_from_json(as_json);
    std::string written = dossier::jsonl::dump_line(d);
    if (written != ref) std::abort();
    if (nlohmann::json::parse(written) != as_json) std::abort();
  }
  // A line in the writer's form is a fixed point of reading and writing, whether the fields
  // are copied or written again.
  if (dossier::jsonl::in_writer_form(line)) {
    if (ref != line) std::abort();
    for (dossier::jsonl::FieldSet writes : {dossier::jsonl::FieldSet{0}, dossier::jsonl::kAllFields}) {
      dossier::Document d = dossier::jsonl::parse_document_using(std::string(line), {0, writes}, "fuzz.jsonl", 1);
      if (!d.raw || dossier::jsonl::dump_line(d) != line) std::abort();
    }
  }
  std::string escaped;
  dossier::jsonl::JsonWriter w(escaped);
  w.string(line);
  if (escaped != dossier::jsonl::dump_line(nlohmann::json(std::string(line)))) std::abort();
  return 0;
}
