// A network receipt printer for development and tests: it keeps each job it receives as a file, answers the real-time
// status queries, opens its "drawer" on a kick, and can be told to go offline, run out of paper, open its cover, hold
// the drawer open or fall silent, at start or while it runs (tillctl sim printer).
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tillbook::devices {

struct PrinterSimOptions {
    std::string listen = "127.0.0.1:0"; // port 0: any free port (see port())
    std::filesystem::path outDir;       // job-0001.bin, ...; a job cut short is job-0001.incomplete.bin
    bool offline = false;
    bool paperOut = false;
    bool coverOpen = false;
    bool holdDrawerOpen = false;        // the drawer, once kicked, stays open (a cashier who leaves it open)
    int drawerClosesAfterMs = 300;      // otherwise it is pushed shut after this long
    long offlineAfterBytes = -1;        // go offline after this many job bytes (a printer that fails mid-job)
    bool silent = false;                // accepts the connection but reads and answers nothing (a hung printer)
};

class PrinterSimulator {
public:
    explicit PrinterSimulator(PrinterSimOptions options);
    ~PrinterSimulator();
    PrinterSimulator(const PrinterSimulator&) = delete;
    PrinterSimulator& operator=(const PrinterSimulator&) = delete;

    // Binds and serves in a thread of its own until stop() or destruction. Throws std::runtime_error if it cannot bind.
    void start();
    void stop();
    int port() const { return m_port; }
    std::string address() const;

    void setOffline(bool v) { m_offline = v; }
    void setPaperOut(bool v) { m_paperOut = v; }
    void setCoverOpen(bool v) { m_coverOpen = v; }
    // Silent: takes no bytes and answers nothing until told to respond, then answers what waited.
    void setSilent(bool v) { m_silent = v; }
    void setHoldDrawerOpen(bool v);
    bool drawerOpen();
    int kicks() const { return m_kicks; }
    std::vector<std::filesystem::path> jobs();
    // Applies a control word typed at `tillctl sim printer`: offline, online, paper-out, paper-in, cover-open,
    // cover-close, hold-drawer, release-drawer, silent, respond. False for anything else.
    bool control(const std::string& word);

private:
    void serve();
    void handle(int client);
    void consume(int client, const std::string& bytes);
    unsigned char statusByte(int n);
    void finishJob(bool complete);

    PrinterSimOptions m_options;
    int m_listenFd = -1;
    int m_wake[2] = {-1, -1};
    int m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_offline;
    std::atomic<bool> m_paperOut;
    std::atomic<bool> m_coverOpen;
    std::atomic<bool> m_silent;
    std::atomic<int> m_kicks{0};
    std::mutex m_mutex; // the drawer and the job list
    bool m_holdDrawerOpen;
    bool m_drawerOpen = false;
    std::chrono::steady_clock::time_point m_drawerOpenedAt;
    std::string m_pending; // bytes of a command split across reads
    std::string m_job;
    std::string m_tail; // the last four bytes of the job as sent, to see the cut even when nothing printed
    bool m_inJob = false;
    bool m_jobDamaged = false;
    long m_jobBytes = 0;
    int m_jobNumber = 0;
    std::vector<std::filesystem::path> m_jobs;
};

} // namespace tillbook::devices
