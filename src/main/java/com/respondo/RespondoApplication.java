package com.respondo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RespondoApplication {

    public static void main(String[] args) {
        SpringApplication.run(RespondoApplication.class, args);
    }
}
