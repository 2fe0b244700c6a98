#pragma once
// Small file systems for tests of failure: a tiny tmpfs that can be filled up (a full
// disk) and a read-only bind mount of a folder (a read-only share). Both need the
// right to mount (root in the test containers); where that is missing, ok() is false
// and why() says so, and the test skips with a WARN.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/mount.h>
#include <unistd.h>
#include <vector>

namespace gevinst::test {

/// A folder with a fresh tmpfs of `bytes` mounted on it; unmounted and removed at the end.
class TinyDisk {
public:
    explicit TinyDisk(const std::string& name, std::size_t bytes = 64 * 1024)
        : m_dir(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid())))
    {
        std::filesystem::create_directories(m_dir);
        const std::string options = "size=" + std::to_string(bytes) + ",mode=0755";
        if (::mount("tmpfs", m_dir.c_str(), "tmpfs", 0, options.c_str()) == 0)
            m_mounted = true;
        else
            m_why = std::string("cannot mount a tmpfs here (") + std::strerror(errno) + "); skipped";
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.c_str(), MNT_DETACH);
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;

    bool ok() const { return m_mounted; }
    const std::string& why() const { return m_why; }
    const std::filesystem::path& dir() const { return m_dir; }
    std::filesystem::path file(const std::string& name) const { return m_dir / name; }

    /// Fills the disk to the last byte with a file named "filler".
    void fill() const
    {
        std::FILE* f = std::fopen((m_dir / "filler").c_str(), "wb");
        if (!f)
            return;
        std::setvbuf(f, nullptr, _IONBF, 0);
        const std::vector<char> block(512, 'x');
        while (std::fwrite(block.data(), 1, block.size(), f) == block.size()) {
        }
        while (std::fwrite(block.data(), 1, 1, f) == 1) {
        }
        std::fclose(f);
    }
    /// Frees the space fill() took.
    void empty() const { std::filesystem::remove(m_dir / "filler"); }

private:
    std::filesystem::path m_dir;
    bool m_mounted = false;
    std::string m_why;
};

/// `folder` mounted read-only on top of itself (like a read-only share); undone at the end.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const std::filesystem::path& folder) : m_dir(folder)
    {
        if (::mount(m_dir.c_str(), m_dir.c_str(), nullptr, MS_BIND, nullptr) != 0) {
            m_why = std::string("cannot bind-mount here (") + std::strerror(errno) + "); skipped";
            return;
        }
        m_bound = true;
        if (::mount(nullptr, m_dir.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
            m_why = std::string("cannot make the bind mount read-only (") + std::strerror(errno) + "); skipped";
            return;
        }
        m_readOnly = true;
    }
    ~ReadOnlyFolder() { release(); }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    bool ok() const { return m_readOnly; }
    const std::string& why() const { return m_why; }
    /// Makes the folder writable again now.
    void release()
    {
        if (m_bound)
            ::umount2(m_dir.c_str(), MNT_DETACH);
        m_bound = m_readOnly = false;
    }

private:
    std::filesystem::path m_dir;
    bool m_bound = false;
    bool m_readOnly = false;
    std::string m_why;
};

} // namespace gevinst::test
