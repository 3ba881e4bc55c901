#pragma once
// What the views may ask of the platform. The GLFW window implements it;
// tests use NullPlatform so views run in a headless ImGui context.
#include <string>

namespace doorway {

class Platform {
public:
    virtual ~Platform() = default;
    virtual double now() const = 0;                       // monotonic seconds
    virtual void setTitle(const std::string& title) = 0;  // window title
    virtual void requestQuit() = 0;
    // Ask for frames to keep coming for `seconds` (a timer or a meter moves);
    // otherwise the loop sleeps until input arrives.
    virtual void animateFor(double seconds) = 0;
    // Ask for one frame at time `t` (now() seconds), for something that
    // changes in a few steps (a message fading): cheaper than animating.
    virtual void redrawAt(double t) = 0;
    virtual bool hasWindow() const { return true; }
};

class NullPlatform : public Platform {
public:
    double now() const override { return m_now; }
    void setTitle(const std::string& t) override { title = t; }
    void requestQuit() override { quitRequested = true; }
    void animateFor(double s) override { animateSeconds = s; }
    void redrawAt(double t) override { redrawTime = t; }
    bool hasWindow() const override { return false; }

    void advance(double seconds) { m_now += seconds; }
    std::string title;
    bool quitRequested = false;
    double animateSeconds = 0;
    double redrawTime = -1;

private:
    double m_now = 1000.0;
};

}  // namespace doorway
