#include "main/Application.h"

int main(int argc, char** argv)
{
    dalil::Application app(argc, argv);
    return app.run();
}
