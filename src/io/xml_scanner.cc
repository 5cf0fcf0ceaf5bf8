#include "io/xml_scanner.h"

#include <cctype>

#include "base/utf8.h"

namespace dyad {

const std::string* XmlToken::Attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes) {
    if (k == key) return &v;
  }
  return nullptr;
}

Status XmlScanner::Fail(int line, const std::string& reason) const {
  return Status::InvalidArgument(name_ + ":" + std::to_string(line) + ": " + reason);
}

void XmlScanner::Advance(size_t end) {
  for (; pos_ < end && pos_ < s_.size(); ++pos_) {
    if (s_[pos_] == '\n') ++line_;
  }
}

std::string XmlScanner::Decode(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out.push_back(raw[i]);
      continue;
    }
    size_t semi = raw.find(';', i);
    std::string_view ent =
        semi == std::string_view::npos ? std::string_view() : raw.substr(i + 1, semi - i - 1);
    const char* named = ent == "amp"    ? "&"
                        : ent == "lt"   ? "<"
                        : ent == "gt"   ? ">"
                        : ent == "quot" ? "\""
                        : ent == "apos" ? "'"
                                        : nullptr;
    if (named != nullptr) {
      out += named;
      i = semi;
      continue;
    }
    if (ent.size() >= 2 && ent[0] == '#' && ent.size() <= 9) {
      const bool hex = ent[1] == 'x' || ent[1] == 'X';
      std::string digits(ent.substr(hex ? 2 : 1));
      char* end = nullptr;
      unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && end != nullptr && *end == '\0' && cp > 0 && cp <= 0x10FFFF &&
          (cp < 0xD800 || cp > 0xDFFF)) {
        AppendUtf8(static_cast<char32_t>(cp), &out);
        i = semi;
        continue;
      }
    }
    ++unknown_entities_;  // a bare '&' in hand-written text: kept as written
    out.push_back('&');
  }
  return out;
}

Result<bool> XmlScanner::Next(XmlToken* token) {
  while (pos_ < s_.size()) {
    *token = XmlToken();
    token->line = line_;
    if (s_[pos_] != '<') {
      size_t lt = s_.find('<', pos_);
      if (lt == std::string_view::npos) lt = s_.size();
      token->text = Decode(s_.substr(pos_, lt - pos_));
      Advance(lt);
      return true;
    }
    auto skip_to = [&](std::string_view close, const char* what) -> Status {
      size_t end = s_.find(close, pos_);
      if (end == std::string_view::npos)
        return Fail(token->line, std::string(what) + " never ends");
      Advance(end + close.size());
      return Status::Ok();
    };
    if (s_.compare(pos_, 4, "<!--") == 0) {
      RETURN_IF_ERROR(skip_to("-->", "comment"));
      continue;
    }
    if (s_.compare(pos_, 9, "<![CDATA[") == 0) {
      size_t end = s_.find("]]>", pos_);
      if (end == std::string_view::npos) return Fail(token->line, "CDATA never ends");
      token->text = std::string(s_.substr(pos_ + 9, end - pos_ - 9));
      Advance(end + 3);
      return true;
    }
    if (s_.compare(pos_, 2, "<?") == 0) {
      RETURN_IF_ERROR(skip_to("?>", "processing instruction"));
      continue;
    }
    if (s_.compare(pos_, 2, "<!") == 0) {
      RETURN_IF_ERROR(skip_to(">", "declaration"));
      continue;
    }
    // A tag: name, attributes, '>' or '/>'.
    size_t i = pos_ + 1;
    if (i < s_.size() && s_[i] == '/') {
      token->kind = XmlToken::Kind::kClose;
      ++i;
    } else {
      token->kind = XmlToken::Kind::kOpen;
    }
    auto is_name = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' ||
             c == '.';
    };
    size_t name_start = i;
    while (i < s_.size() && is_name(s_[i])) ++i;
    token->name = std::string(s_.substr(name_start, i - name_start));
    if (token->name.empty()) return Fail(token->line, "'<' not followed by a tag name");
    while (true) {
      while (i < s_.size() && std::isspace(static_cast<unsigned char>(s_[i]))) ++i;
      if (i >= s_.size()) return Fail(token->line, "tag <" + token->name + " never ends");
      if (s_[i] == '>') {
        ++i;
        break;
      }
      if (s_[i] == '/' && i + 1 < s_.size() && s_[i + 1] == '>') {
        if (token->kind == XmlToken::Kind::kClose) {
          return Fail(token->line, "'</" + token->name + "/>' is not a tag");
        }
        token->kind = XmlToken::Kind::kEmpty;
        i += 2;
        break;
      }
      if (token->kind == XmlToken::Kind::kClose) {
        return Fail(token->line, "unexpected text in </" + token->name + ">");
      }
      size_t key_start = i;
      while (i < s_.size() && is_name(s_[i])) ++i;
      std::string key(s_.substr(key_start, i - key_start));
      while (i < s_.size() && std::isspace(static_cast<unsigned char>(s_[i]))) ++i;
      if (key.empty() || i >= s_.size() || s_[i] != '=') {
        return Fail(token->line, "bad attribute in <" + token->name + ">");
      }
      ++i;
      while (i < s_.size() && std::isspace(static_cast<unsigned char>(s_[i]))) ++i;
      if (i >= s_.size() || (s_[i] != '"' && s_[i] != '\'')) {
        return Fail(token->line, "attribute " + key + " of <" + token->name + "> is not quoted");
      }
      size_t close = s_.find(s_[i], i + 1);
      if (close == std::string_view::npos) {
        return Fail(token->line, "attribute " + key + " of <" + token->name + "> never ends");
      }
      token->attributes.emplace_back(std::move(key), Decode(s_.substr(i + 1, close - i - 1)));
      i = close + 1;
    }
    Advance(i);
    return true;
  }
  return false;
}

}  // namespace dyad
