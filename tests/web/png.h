// Just enough of PNG to read back a browser screenshot: 8-bit RGB or RGBA, not interlaced.
// Lets the web test count the chart's colours instead of trusting that a file was written.
#ifndef DYAD_TESTS_WEB_PNG_H_
#define DYAD_TESTS_WEB_PNG_H_

#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace dyad::testing {

struct Image {
  uint32_t width = 0, height = 0;
  std::vector<uint8_t> rgb;  // width * height * 3
  std::string error;         // set when the file could not be decoded
};

inline uint32_t BigEndian32(const std::string& s, size_t at) {
  return (uint32_t{static_cast<uint8_t>(s[at])} << 24) |
         (uint32_t{static_cast<uint8_t>(s[at + 1])} << 16) |
         (uint32_t{static_cast<uint8_t>(s[at + 2])} << 8) |
         uint32_t{static_cast<uint8_t>(s[at + 3])};
}

inline int Paeth(int a, int b, int c) {
  int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

inline Image DecodePng(const std::string& file) {
  Image image;
  if (file.size() < 8 || file.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) {
    image.error = "not a PNG";
    return image;
  }
  std::string idat;
  int channels = 0;
  for (size_t at = 8; at + 8 <= file.size();) {
    uint32_t length = BigEndian32(file, at);
    std::string type = file.substr(at + 4, 4);
    if (at + 12 + length > file.size()) break;
    if (type == "IHDR") {
      image.width = BigEndian32(file, at + 8);
      image.height = BigEndian32(file, at + 12);
      int depth = file[at + 16], color = file[at + 17], interlace = file[at + 20];
      channels = color == 2 ? 3 : color == 6 ? 4 : 0;
      if (depth != 8 || channels == 0 || interlace != 0) {
        image.error = "unsupported PNG (depth " + std::to_string(depth) + ", colour type " +
                      std::to_string(color) + ")";
        return image;
      }
    } else if (type == "IDAT") {
      idat += file.substr(at + 8, length);
    }
    at += 12 + length;
  }
  const size_t stride = size_t{image.width} * channels;
  std::vector<uint8_t> raw((stride + 1) * image.height);
  uLongf raw_size = raw.size();
  if (channels == 0 ||
      uncompress(raw.data(), &raw_size, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) !=
          Z_OK ||
      raw_size != raw.size()) {
    image.error = "bad image data";
    return image;
  }
  std::vector<uint8_t> prev(stride, 0), line(stride);
  image.rgb.reserve(size_t{image.width} * image.height * 3);
  for (uint32_t y = 0; y < image.height; ++y) {
    const uint8_t* in = &raw[y * (stride + 1)];
    const int filter = in[0];
    for (size_t x = 0; x < stride; ++x) {
      int a = x >= static_cast<size_t>(channels) ? line[x - channels] : 0;
      int b = prev[x];
      int c = x >= static_cast<size_t>(channels) ? prev[x - channels] : 0;
      int predicted = filter == 1   ? a
                      : filter == 2 ? b
                      : filter == 3 ? (a + b) / 2
                      : filter == 4 ? Paeth(a, b, c)
                                    : 0;
      line[x] = static_cast<uint8_t>(in[1 + x] + predicted);
    }
    for (uint32_t x = 0; x < image.width; ++x) {
      for (int ch = 0; ch < 3; ++ch) image.rgb.push_back(line[x * channels + ch]);
    }
    prev.swap(line);
  }
  return image;
}

// Pixels exactly of colour 0xRRGGBB.
inline int64_t CountColor(const Image& image, uint32_t color) {
  int64_t count = 0;
  for (size_t at = 0; at + 2 < image.rgb.size(); at += 3) {
    uint32_t pixel =
        (uint32_t{image.rgb[at]} << 16) | (uint32_t{image.rgb[at + 1]} << 8) | image.rgb[at + 2];
    count += pixel == color;
  }
  return count;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_WEB_PNG_H_
